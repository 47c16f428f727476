//! Prints the Pasal sequence of a regulation and, with `--compare`, which articles' Pasal /
//! ayat / huruf skeleton differs from the embedded UU 18/2017 — a way to judge how well a
//! scanned copy was read.
//!
//! ```sh
//! cargo run -p perda-law --example skeleton -- ../shared/fixtures/ocr/uu-18-2017.ocr.md --compare
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        return Err("usage: skeleton FILE [--compare]".into());
    };
    let act = perda_law::parse_file(std::path::Path::new(path))?;
    let numbers: Vec<&str> = act.articles().map(|a| a.number.as_str()).collect();
    println!("{} articles: {}", numbers.len(), numbers.join(" "));
    if args.iter().any(|a| a == "--compare") {
        let clean = perda_law::corpus::uu_18_2017()?;
        let mut same = 0;
        for a in clean.articles() {
            let read = act
                .article(&a.number)
                .map(perda_law::Node::skeleton)
                .unwrap_or_default();
            if read == a.skeleton() {
                same += 1;
            } else {
                println!(
                    "Pasal {}: clean {:?} read {:?}",
                    a.number,
                    a.skeleton(),
                    read
                );
            }
        }
        println!("match {same}/{}", clean.articles().count());
    }
    println!(
        "{} repairs, {} diagnostics",
        act.repairs.len(),
        act.diagnostics.len()
    );
    Ok(())
}
