//! debug
use perda_law::{Act, Node, NodeKind};
fn skel(a: &Node) -> Vec<String> {
    let mut v = Vec::new();
    for c in &a.children {
        match c.kind {
            NodeKind::Clause => {
                let pts: Vec<_> = c
                    .children
                    .iter()
                    .filter(|p| p.kind == NodeKind::Point)
                    .map(|p| p.number.clone())
                    .collect();
                v.push(format!("({}){}", c.number, pts.join("")));
            }
            NodeKind::Point => v.push(c.number.clone()),
            _ => {}
        }
    }
    v
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let act = perda_law::parse_file(std::path::Path::new(&args[1])).unwrap();
    let nums: Vec<_> = act.articles().map(|a| a.number.clone()).collect();
    println!("{} articles: {}", nums.len(), nums.join(" "));
    if args.len() > 2 {
        let clean = perda_law::corpus::uu_18_2017().unwrap();
        let mut ok = 0;
        for a in clean.articles() {
            let o = act.article(&a.number).map(skel).unwrap_or_default();
            if o == skel(a) {
                ok += 1
            } else {
                println!("Pasal {}: clean {:?} ocr {:?}", a.number, skel(a), o);
            }
        }
        println!("match {ok}/91");
    }
    for d in act.diagnostics.iter().take(20) {
        println!("{d:?}");
    }
    let _: Option<&Act> = None;
}
