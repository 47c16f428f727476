//! Parses the embedded UU 18/2017 (Markdown to `Act`) N times in-process and prints the
//! mean, the fastest and the slowest run in microseconds, for `scripts/bench-peers.sh`:
//! the figure excludes process start, as the criterion bench `uu-18-2017/parse_str` does.
//!
//! ```sh
//! cargo run --release -p perda-law --example parse_timing -- 500
//! ```

use std::hint::black_box;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args().nth(1).map_or(Ok(200), |a| a.parse())?;
    let text = perda_law::corpus::UU_18_2017_MD;
    let act = perda_law::parse_str("uu-18-2017.md", text)?; // warm-up, and the check
    let articles = act.articles().count();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        black_box(perda_law::parse_str(
            black_box("uu-18-2017.md"),
            black_box(text),
        )?);
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    let mean = times.iter().sum::<f64>() / runs.max(1) as f64;
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    let max = times.iter().copied().fold(0.0, f64::max);
    println!("articles={articles} mean_us={mean:.1} min_us={min:.1} max_us={max:.1}");
    Ok(())
}
