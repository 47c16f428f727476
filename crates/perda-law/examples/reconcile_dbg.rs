//! debug
fn main() {
    let act = perda_law::corpus::uu_18_2017().unwrap();
    let ov = perda_law::corpus::uu_18_2017_overlay().unwrap();
    for m in perda_law::obligation::reconcile(&act, &ov) { println!("{m:?}"); }
    for u in perda_law::citation::unresolved_references(&act) { println!("{u:?}"); }
}
