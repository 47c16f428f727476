//! `perda init`: a ready repository of drafts — perda.toml, a Raperda generated from a
//! region profile in `drafts/`, the profile, CI for GitHub Actions and GitLab, a pre-commit
//! configuration and a bilingual README.
//!
//! Nothing is left half-made: the files are first written (each to a temporary file, then
//! renamed) into a staging folder, then the staging folder becomes DIR (a new DIR), or its
//! files are moved into DIR one by one (an existing DIR). When a step fails, every file and
//! folder made so far is removed and every replaced file put back.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use perda_draft::profile::{Profile, ProfileLevel};
use perda_draft::render::{self, Templates};

use crate::Failure;

/// Arguments of `perda init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (or an existing empty folder to fill).
    dir: PathBuf,
    /// The region profile (YAML; see docs/profile-format.md). Default: the bundled example
    /// profile of Kabupaten Jember.
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Write into a non-empty folder, replacing files of the same names.
    #[arg(long)]
    force: bool,
}

/// The profile used without `--profile`.
const EXAMPLE_PROFILE: &str = include_str!("../../../examples/profiles/kabupaten-jember.yaml");
/// Where the bundled profile comes from in perda's repository.
const EXAMPLE_PROFILE_PATH: &str = "examples/profiles/kabupaten-jember.yaml";

const GITHUB_WORKFLOW: &str = include_str!("init/github-workflow.yml");
const GITLAB_CI: &str = include_str!("init/gitlab-ci.yml");
const PRE_COMMIT_CONFIG: &str = include_str!("init/pre-commit-config.yaml");
const PERDA_TOML: &str = include_str!("init/perda.toml");
const README: &str = include_str!("init/README.md");
const GITIGNORE: &str = include_str!("init/gitignore");

const VERSION: &str = env!("CARGO_PKG_VERSION");
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// Runs `perda init`.
pub fn run(args: InitArgs) -> Result<ExitCode, Failure> {
    check_target(&args.dir, args.force)?;
    let (profile_name, profile_text) = match &args.profile {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure(format!("{}: cannot read: {e}", path.display())))?;
            (path.display().to_string(), text)
        }
        None => (
            EXAMPLE_PROFILE_PATH.to_string(),
            EXAMPLE_PROFILE.to_string(),
        ),
    };
    let profile = Profile::from_yaml(&profile_name, &profile_text)?;
    let draft = render::render(&profile, &Templates::embedded()?)?;
    for w in &draft.trace.warnings {
        eprintln!("perda: warning: {profile_name}: {w}");
    }
    let files = repository_files(
        &profile,
        &profile_text,
        &draft.markdown,
        args.profile.is_none(),
    );
    install(&args.dir, &files, args.force)?;

    let mut out = format!("perda: created {}:\n", args.dir.display());
    for f in &files {
        out.push_str(&format!("  {}\n", f.path));
    }
    if args.profile.is_none() {
        out.push_str(&format!(
            "The draft is for {} (perda's example profile); run `perda init DIR --profile \
             FILE` with your region's profile.\n",
            profile.name
        ));
    }
    out.push_str(&format!(
        "Next: cd {} && perda check drafts\n",
        args.dir.display()
    ));
    crate::output::emit(&out, None, false)?;
    Ok(ExitCode::SUCCESS)
}

/// A file of the new repository: its path relative to DIR (with `/`) and its bytes.
struct RepoFile {
    path: String,
    bytes: Vec<u8>,
}

/// Refuses a DIR that is not a folder, or a non-empty one without `force`, before anything
/// is generated.
fn check_target(dir: &Path, force: bool) -> Result<(), Failure> {
    let shown = dir.display();
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Failure(format!("{shown}: {e}"))),
        Ok(m) if !m.is_dir() => Err(Failure(format!("{shown}: exists and is not a folder"))),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir)
                .map_err(|e| Failure(format!("{shown}: cannot read: {e}")))?;
            if entries.next().is_some() && !force {
                return Err(Failure(format!(
                    "{shown}: is not empty; use --force to write into it (files of the same \
                     names are replaced)"
                )));
            }
            Ok(())
        }
    }
}

/// The files of the repository, in the order they are installed.
fn repository_files(
    profile: &Profile,
    profile_text: &str,
    markdown: &str,
    bundled: bool,
) -> Vec<RepoFile> {
    let draft_path = format!("drafts/{}.md", draft_stem(profile));
    let (kind_id, kind_en, title) = match profile.level {
        ProfileLevel::Desa => (
            "Peraturan Desa",
            "village regulation (Peraturan Desa)",
            "Rancangan Peraturan Desa",
        ),
        _ => (
            "Peraturan Daerah",
            "regional regulation (Peraturan Daerah)",
            "Rancangan Peraturan Daerah",
        ),
    };
    let (note_id, note_en) = if bundled {
        (
            format!(
                "Profil ini adalah contoh bawaan perda ({EXAMPLE_PROFILE_PATH}, {}): ganti isinya \
                 dengan data daerah Anda, lalu buat ulang draf.",
                profile.name
            ),
            format!(
                "This profile is perda's bundled example ({EXAMPLE_PROFILE_PATH}, {}): replace \
                 it with your region's facts, then generate the draft again.",
                profile.name
            ),
        )
    } else {
        (String::new(), String::new())
    };
    let readme = fill(
        README,
        &[
            ("@TITLE@", &format!("{title} {}", profile.name)),
            ("@KIND_ID@", kind_id),
            ("@KIND_EN@", kind_en),
            ("@REGION@", &profile.name),
            ("@DRAFT@", &draft_path),
            ("@PROFILE_NOTE_ID@", &note_id),
            ("@PROFILE_NOTE_EN@", &note_en),
            ("@VERSION@", VERSION),
        ],
    );
    // Lines left ending in a space where a note was empty.
    let readme: String = readme
        .lines()
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    let as_of = profile
        .as_of
        .as_deref()
        .map(|d| format!("as-of = {}\n", toml_string(d)))
        .unwrap_or_default()
        + "\n";
    let config = fill(
        PERDA_TOML,
        &[
            ("@LEVEL@", &toml_string(profile.level.level().as_str())),
            ("@REGION@", &toml_string(&profile.name)),
            ("@AS_OF@\n", &as_of),
        ],
    );
    let common = [("@VERSION@", VERSION), ("@REPOSITORY@", REPOSITORY)];
    let file = |path: &str, text: String| RepoFile {
        path: path.to_string(),
        bytes: text.into_bytes(),
    };
    vec![
        file("perda.toml", config),
        file("profile.yaml", profile_text.to_string()),
        file(&draft_path, markdown.to_string()),
        file("README.md", readme),
        file(".gitignore", GITIGNORE.to_string()),
        file(
            ".github/workflows/perda.yml",
            fill(GITHUB_WORKFLOW, &common),
        ),
        file(".gitlab-ci.yml", fill(GITLAB_CI, &common)),
        file(".pre-commit-config.yaml", fill(PRE_COMMIT_CONFIG, &common)),
    ]
}

/// `raperda-kabupaten-jember`, `raperdes-desa-sukamaju`; `perda-...` once enacted.
fn draft_stem(profile: &Profile) -> String {
    let kind = match (profile.level, profile.draft) {
        (ProfileLevel::Desa, true) => "raperdes",
        (ProfileLevel::Desa, false) => "perdes",
        (_, true) => "raperda",
        (_, false) => "perda",
    };
    let mut slug = String::new();
    for c in profile.name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}-{slug}")
    }
}

fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |t, (key, value)| {
        t.replace(key, value)
    })
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What was done to DIR, undone in reverse order when a later step fails.
enum Step {
    /// A folder was created.
    Dir(PathBuf),
    /// A file was moved into place where none was.
    File(PathBuf),
    /// An existing file was moved aside (to the second path) to be replaced.
    Aside(PathBuf, PathBuf),
}

/// Installs the files into `dir` with nothing left behind on failure.
fn install(dir: &Path, files: &[RepoFile], force: bool) -> Result<(), Failure> {
    // Checked again: the folder may have changed while the draft was rendered.
    check_target(dir, force)?;
    let mut journal = Vec::new();
    let result = if dir.exists() {
        install_into(dir, files, &mut journal)
    } else {
        install_new(dir, files, &mut journal)
    };
    if result.is_err() {
        undo(&journal);
    }
    result
}

/// A new DIR: staged beside it, then renamed into place in one step.
fn install_new(dir: &Path, files: &[RepoFile], journal: &mut Vec<Step>) -> Result<(), Failure> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Failure(format!("{}: not a folder name", dir.display())))?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_dirs(&parent, journal)?;
    let staging = parent.join(format!(".{name}.perda-init-{}.tmp", std::process::id()));
    let result = stage(&staging, dir, files).and_then(|()| {
        std::fs::rename(&staging, dir)
            .map_err(|e| Failure(format!("{}: cannot create: {e}", dir.display())))
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

/// An existing DIR: staged inside it, then each file moved into place; a file it replaces
/// is kept aside until the end, so that a failure can put it back.
fn install_into(dir: &Path, files: &[RepoFile], journal: &mut Vec<Step>) -> Result<(), Failure> {
    let pid = std::process::id();
    let staging = dir.join(format!(".perda-init-{pid}.tmp"));
    let aside = dir.join(format!(".perda-init-{pid}.old"));
    let result = stage(&staging, dir, files).and_then(|()| {
        for f in files {
            let target = dir.join(&f.path);
            let shown = target.display();
            if let Some(parent) = target.parent() {
                create_dirs(parent, journal)?;
            }
            match std::fs::symlink_metadata(&target) {
                Ok(m) if m.is_dir() => {
                    return Err(Failure(format!(
                        "{shown}: is a folder; cannot replace it with a file"
                    )));
                }
                Ok(_) => {
                    let kept = aside.join(&f.path);
                    if let Some(p) = kept.parent() {
                        std::fs::create_dir_all(p)
                            .map_err(|e| Failure(format!("{}: {e}", p.display())))?;
                    }
                    std::fs::rename(&target, &kept)
                        .map_err(|e| Failure(format!("{shown}: cannot replace: {e}")))?;
                    journal.push(Step::Aside(target.clone(), kept));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Failure(format!("{shown}: {e}"))),
            }
            std::fs::rename(staging.join(&f.path), &target)
                .map_err(|e| Failure(format!("{shown}: cannot write: {e}")))?;
            journal.push(Step::File(target.clone()));
        }
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&staging);
    if result.is_err() {
        // The replaced files go back before the folder keeping them is removed.
        undo(journal);
        journal.clear();
    }
    let _ = std::fs::remove_dir_all(&aside);
    result
}

/// Writes every file into `staging` (a new folder); errors name the file's place in `dir`.
fn stage(staging: &Path, dir: &Path, files: &[RepoFile]) -> Result<(), Failure> {
    std::fs::create_dir(staging)
        .map_err(|e| Failure(format!("{}: cannot create: {e}", staging.display())))?;
    for f in files {
        let path = staging.join(&f.path);
        write_file(&path, &f.bytes).map_err(|e| {
            Failure(format!(
                "{}: cannot write: {e}",
                dir.join(&f.path).display()
            ))
        })?;
    }
    Ok(())
}

/// Writes a file of the staging folder, synced. No temporary name is needed: the staging
/// folder is private until it, or each file in it, is renamed into place.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Creates `dir` and its missing ancestors, recording each folder made.
fn create_dirs(dir: &Path, journal: &mut Vec<Step>) -> Result<(), Failure> {
    let mut missing = Vec::new();
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if d.as_os_str().is_empty() {
            break;
        }
        match std::fs::metadata(d) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                return Err(Failure(format!(
                    "{}: exists and is not a folder",
                    d.display()
                )));
            }
            Err(_) => missing.push(d.to_path_buf()),
        }
        cur = d.parent();
    }
    for d in missing.into_iter().rev() {
        std::fs::create_dir(&d)
            .map_err(|e| Failure(format!("{}: cannot create: {e}", d.display())))?;
        journal.push(Step::Dir(d));
    }
    Ok(())
}

/// Undoes the journal in reverse order; best effort (the first error is already reported).
fn undo(journal: &[Step]) {
    for step in journal.iter().rev() {
        let _ = match step {
            Step::Dir(d) => std::fs::remove_dir(d),
            Step::File(f) => std::fs::remove_file(f),
            Step::Aside(target, kept) => std::fs::rename(kept, target),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(toml_string("Kabupaten Jember"), "\"Kabupaten Jember\"");
        assert_eq!(toml_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000A\"");
    }

    #[test]
    fn the_bundled_profile_renders_a_repository() {
        let profile =
            Profile::from_yaml(EXAMPLE_PROFILE_PATH, EXAMPLE_PROFILE).expect("bundled profile");
        assert_eq!(draft_stem(&profile), "raperda-kabupaten-jember");
        let files = repository_files(&profile, EXAMPLE_PROFILE, "# draft\n", true);
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"drafts/raperda-kabupaten-jember.md"));
        for f in &files {
            let text = String::from_utf8_lossy(&f.bytes);
            for key in [
                "@VERSION@",
                "@REPOSITORY@",
                "@TITLE@",
                "@KIND_ID@",
                "@KIND_EN@",
                "@REGION@",
                "@DRAFT@",
                "@PROFILE_NOTE_ID@",
                "@PROFILE_NOTE_EN@",
                "@LEVEL@",
                "@AS_OF@",
            ] {
                assert!(!text.contains(key), "{}: {key} left", f.path);
            }
        }
    }
}
