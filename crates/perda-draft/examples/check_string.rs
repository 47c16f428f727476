//! Checks a draft held in a string, as a drafting system that embeds `perda-draft` would:
//! the coverage of every obligation UU 18/2017 gives the draft's level, then the findings
//! with their line numbers, in English.
//!
//! The embedded draft is a short Raperda Kabupaten Jember that regulates only the database
//! of migrant workers and the information to the public: most kabupaten duties are reported
//! missing, and a few drafting findings show what else the excerpt leaves out. Give `-` to
//! check a draft read from standard input instead.
//!
//! ```sh
//! cargo run -p perda-draft --example check_string
//! cargo run -p perda-draft --example check_string -- - < examples/check/raperda-desa-sukamaju.md
//! ```

use std::io::Read;
use std::process::ExitCode;

use perda_draft::check::{Document, Lang, ReadOptions, Selection, check_document};

/// An excerpt of a Raperda: title block, Menimbang, Mengingat, diktum, three chapters and
/// the closing.
const DRAFT: &str = "\
RANCANGAN

PERATURAN DAERAH KABUPATEN JEMBER

NOMOR ... TAHUN ...

TENTANG

PELINDUNGAN PEKERJA MIGRAN INDONESIA

DENGAN RAHMAT TUHAN YANG MAHA ESA

BUPATI JEMBER,

Menimbang:

a. bahwa Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia memberikan tugas dan tanggung jawab kepada Pemerintah Daerah kabupaten/kota dalam pelindungan pekerja migran Indonesia sebelum bekerja dan setelah bekerja;

b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pelindungan Pekerja Migran Indonesia;

Mengingat:

1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;

2. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141);

Dengan Persetujuan Bersama

DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN JEMBER

dan

BUPATI JEMBER

MEMUTUSKAN:

Menetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.

BAB I

KETENTUAN UMUM

Pasal 1

Dalam Peraturan Daerah ini yang dimaksud dengan:

1. Daerah adalah Kabupaten Jember.

2. Pemerintah Daerah adalah Bupati sebagai unsur penyelenggara pemerintahan daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.

3. Bupati adalah Bupati Jember.

4. Dinas adalah perangkat daerah yang menyelenggarakan urusan pemerintahan di bidang tenaga kerja.

5. Pekerja Migran Indonesia adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.

BAB II

BASIS DATA PEKERJA MIGRAN INDONESIA

Pasal 2

(1) Pemerintah Daerah membuat basis data Pekerja Migran Indonesia asal Daerah.

(2) Basis data sebagaimana dimaksud pada ayat (1) dikelola oleh Dinas dan dimutakhirkan paling sedikit 1 (satu) kali dalam 3 (tiga) bulan.

BAB III

INFORMASI KEPADA MASYARAKAT

Pasal 3

(1) Pemerintah Daerah melakukan sosialisasi informasi dan permintaan Pekerja Migran Indonesia kepada masyarakat.

(2) Sosialisasi sebagaimana dimaksud pada ayat (1) dilakukan secara tatap muka dan/atau melalui media cetak, media elektronik, dan media sosial.

BAB IV

KETENTUAN PENUTUP

Pasal 4

Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.

Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.

Ditetapkan di Jember

pada tanggal ...

BUPATI JEMBER,

...
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("check_string: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let (name, bytes) = match std::env::args().nth(1).as_deref() {
        Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes)?;
            ("<stdin>.md", bytes)
        }
        Some(other) => {
            return Err(format!("unexpected argument `{other}`; give `-` or nothing").into());
        }
        None => ("raperda-excerpt.md", DRAFT.as_bytes().to_vec()),
    };

    // Read the bytes (the name's extension picks Markdown; invalid UTF-8 is an error naming
    // the line), parse them and judge the draft. The level comes from the title here;
    // `ReadOptions` can set it, or the as-of date, instead.
    let src = perda_law::Source::from_bytes(name, &bytes)?;
    let doc = Document::new(&src, &ReadOptions::default())?;
    let report = check_document(&doc, &Selection::default());

    let level = report.level.map_or("unknown", |l| l.as_str());
    println!("{name}: level {level}, judged as of {}", report.as_of);
    println!("\ncoverage");
    for c in &report.coverage {
        let evidence: Vec<String> = c
            .locations
            .iter()
            .map(|l| format!("{} (line {})", l.article, l.line))
            .collect();
        let line = format!(
            "  {:<8} {:<16} {:<6} {}",
            c.status.as_str(),
            c.obligation,
            c.modality,
            evidence.join(", ")
        );
        println!("{}", line.trim_end());
    }
    println!("\nfindings");
    for f in &report.findings {
        println!(
            "  {name}:{}: {} {}: {}",
            f.line,
            f.severity.label(Lang::En),
            f.code,
            f.message.get(Lang::En)
        );
    }
    Ok(())
}
