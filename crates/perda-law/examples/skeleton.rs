//! Prints the Pasal sequence of a regulation and, with `--compare`, which articles' Pasal /
//! ayat / huruf skeleton differs from the embedded UU 18/2017 — a way to judge how well a
//! scanned copy was read.
//!
//! ```sh
//! cargo run -p perda-law --example skeleton -- ../shared/fixtures/ocr/uu-18-2017.ocr.md --compare
//! ```

use perda_law::{Node, NodeKind};

fn skeleton(a: &Node) -> Vec<String> {
    a.children
        .iter()
        .filter_map(|c| match c.kind {
            NodeKind::Clause => {
                let pts: String = c
                    .children
                    .iter()
                    .filter(|p| p.kind == NodeKind::Point)
                    .map(|p| p.number.as_str())
                    .collect();
                Some(format!("({}){pts}", c.number))
            }
            NodeKind::Point => Some(c.number.clone()),
            _ => None,
        })
        .collect()
}

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
            let read = act.article(&a.number).map(skeleton).unwrap_or_default();
            if read == skeleton(a) {
                same += 1;
            } else {
                println!(
                    "Pasal {}: clean {:?} read {:?}",
                    a.number,
                    skeleton(a),
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
