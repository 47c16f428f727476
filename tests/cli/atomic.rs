//! Atomic output: `perda draft` and `perda report` killed (SIGKILL) at many moments while
//! they run leave `--out` either as it was or complete, never torn; the temporary file of
//! a killed run (`.NAME.PID.tmp`) is removed by the next run that writes NAME.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::hostile::scratch;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const OLD: &[u8] = b"the old content of the file\n";

fn perda(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_perda"));
    c.args(args)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// Temporary files of writes to `name` in `dir`.
fn temps(dir: &Path, name: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != name && n.contains(name))
        .collect()
}

/// A small deterministic generator of delays (xorshift), seeded from the clock and
/// printed so that a failure can be replayed by reading the log.
struct Delays(u64);

impl Delays {
    fn new() -> Self {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        eprintln!("atomic: delay seed {seed}");
        Delays(seed)
    }

    /// A delay in `0..max`.
    fn below(&mut self, max: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        let micros = u64::try_from(max.as_micros()).unwrap_or(u64::MAX).max(1);
        Duration::from_micros(self.0 % micros)
    }
}

/// Runs `args` (which write `out` with --force) to completion once for the reference, then
/// kills it at fixed and random moments, checking `out` after each kill.
fn kill_while_writing(args: &[&str], out: &Path) {
    let dir = out.parent().expect("parent");
    let name = out
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let start = Instant::now();
    let status = perda(args).status().expect("run");
    let full = start.elapsed();
    assert!(status.success(), "perda {args:?} failed");
    let new = std::fs::read(out).expect("reference");
    assert!(!new.is_empty() && new != OLD);
    // The same run again gives the same bytes (otherwise "complete" cannot be compared).
    std::fs::write(out, OLD).expect("old");
    assert!(perda(args).status().expect("run").success());
    assert_eq!(
        std::fs::read(out).expect("read"),
        new,
        "output not deterministic"
    );

    let mut delays: Vec<Duration> = [0, 1, 2, 5, 10, 20, 50]
        .iter()
        .map(|&ms| Duration::from_millis(ms))
        .collect();
    // Spread over the run and a bit beyond, where the rename happens.
    let mut rng = Delays::new();
    delays.extend((0..12).map(|_| rng.below(full + full / 5)));
    let (mut old_seen, mut new_seen) = (0, 0);
    for d in delays {
        std::fs::write(out, OLD).expect("old");
        let mut child = perda(args).spawn().expect("spawn");
        std::thread::sleep(d);
        let _ = child.kill();
        let _ = child.wait();
        let got = std::fs::read(out).expect("the file is always there");
        if got == OLD {
            old_seen += 1;
        } else if got == new {
            new_seen += 1;
        } else {
            panic!(
                "perda {args:?} killed after {d:?}: torn file ({} of {} bytes)",
                got.len(),
                new.len()
            );
        }
        // A killed run may leave its temporary file; it must be recognisable.
        for t in temps(dir, &name) {
            assert!(
                t.starts_with(&format!(".{name}.")) && t.ends_with(".tmp"),
                "unexpected file next to the output: {t}"
            );
        }
    }
    eprintln!("atomic: {args:?}: old {old_seen}, new {new_seen}");
    // The next complete run removes the temporary files of killed runs.
    std::fs::write(out, OLD).expect("old");
    assert!(perda(args).status().expect("run").success());
    assert_eq!(std::fs::read(out).expect("read"), new);
    assert_eq!(
        temps(dir, &name),
        Vec::<String>::new(),
        "stale temporary files"
    );
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn draft_docx_killed_mid_write_leaves_old_or_new() {
    let dir: PathBuf = scratch("atomic-draft");
    let out = dir.join("raperda.docx");
    kill_while_writing(
        &[
            "draft",
            "--profile",
            "examples/profiles/kabupaten-jember.yaml",
            "--format",
            "docx",
            "--out",
            path(&out),
            "--force",
        ],
        &out,
    );
}

#[test]
fn report_killed_mid_write_leaves_old_or_new() {
    let dir: PathBuf = scratch("atomic-report");
    let out = dir.join("laporan.html");
    kill_while_writing(
        &[
            "report",
            "examples/check",
            "--no-config",
            "--out",
            path(&out),
            "--force",
        ],
        &out,
    );
}

#[test]
fn stale_temporaries_of_dead_runs_are_removed_and_live_ones_kept() {
    let dir: PathBuf = scratch("atomic-stale");
    let out = dir.join("raperda.md");
    // A process id that does not exist (above the kernel's pid_max), and our own (alive).
    let dead = dir.join(".raperda.md.4294967295.tmp");
    let live = dir.join(format!(".raperda.md.{}.tmp", std::process::id()));
    let other = dir.join(".lain.md.4294967295.tmp");
    for f in [&dead, &live, &other] {
        std::fs::write(f, b"half").expect("write");
    }
    let status = perda(&[
        "draft",
        "--profile",
        "examples/profiles/kabupaten-jember.yaml",
        "--out",
        path(&out),
    ])
    .status()
    .expect("run");
    assert!(status.success());
    assert!(out.exists());
    if Path::new("/proc/self").exists() {
        assert!(!dead.exists(), "stale temporary file kept");
    }
    assert!(live.exists(), "temporary file of a live process removed");
    assert!(other.exists(), "temporary file of another output removed");
}
