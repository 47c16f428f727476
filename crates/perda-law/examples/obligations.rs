//! Lists the obligations UU 18/2017 puts on one level of regional government, from the
//! catalogue compiled into `perda-law`: each duty (`duty`), permission (`may`) and
//! prohibition (`must-not`) with its id, citation and the statute's words.
//!
//! ```sh
//! cargo run -p perda-law --example obligations            # kabupaten
//! cargo run -p perda-law --example obligations -- desa    # provinsi, kabupaten, kota or desa
//! ```

use std::process::ExitCode;

use perda_law::Level;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("obligations: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let level = match std::env::args().nth(1) {
        Some(arg) => arg.parse::<Level>()?,
        None => Level::Kabupaten,
    };
    let catalogue = perda_law::corpus::uu_18_2017_obligations();
    let of_level: Vec<_> = catalogue
        .iter()
        .filter(|o| o.levels.contains(&level))
        .collect();
    println!(
        "{} obligations of UU 18/2017 for the level {}",
        of_level.len(),
        level.as_str()
    );
    for o in of_level {
        println!("\n{}  {}  ({})", o.id, o.cite, o.modality.as_str());
        // A point (huruf) completes its lead-in: show both, as the statute reads.
        if let Some(lead_in) = &o.lead_in {
            println!("    {lead_in}");
        }
        println!("    {}", o.text);
    }
    Ok(())
}
