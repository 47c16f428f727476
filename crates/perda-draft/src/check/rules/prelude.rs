//! What rule files use.

pub use std::sync::LazyLock;

pub use perda_law::structure::{Level, Node, NodeKind};
pub use regex::Regex;

pub use crate::check::document::{Definition, Document, Line, Regime, Segment};
pub use crate::check::finding::{Severity, StaticMsg};
pub use crate::check::rule::{Basis, Family, Group, Rule, RuleMeta, Sink};

/// Compiles a regex written in a rule file. The patterns are constants checked by each
/// rule's tests, so a failure here is a bug caught before release; it still does not
/// panic: an invalid pattern becomes one that never matches.
pub fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| {
        #[allow(clippy::unwrap_used)] // a constant pattern that always compiles
        Regex::new(r"[^\s\S]").unwrap()
    })
}

/// Remembers the result of a pure text function that several rules call on the same texts
/// (the citations of a Mengingat item, say), so each text is read once per document.
///
/// The key is the text itself, so a remembered result is always the function's result for
/// it; the memo is per thread (a document is checked on one thread), cleared when
/// [`forget`] starts the next document and whenever it holds too many texts, so memory
/// stays bounded.
pub(crate) fn memo<T: Clone + 'static>(
    cache: &'static std::thread::LocalKey<Memo<T>>,
    text: &str,
    f: impl FnOnce(&str) -> T,
) -> T {
    let generation = GENERATION.with(std::cell::Cell::get);
    if let Some(v) = cache.with(|c| {
        if c.1.get() != generation {
            c.0.borrow_mut().clear();
            c.1.set(generation);
        }
        c.0.borrow().get(text).cloned()
    }) {
        return v;
    }
    let v = f(text);
    cache.with(|c| {
        let mut m = c.0.borrow_mut();
        if m.len() >= MEMO_LIMIT || text.len() > MEMO_TEXT_LIMIT {
            m.clear();
        }
        if text.len() <= MEMO_TEXT_LIMIT {
            m.insert(Box::from(text), v.clone());
        }
    });
    v
}

/// Texts remembered per memo at most.
const MEMO_LIMIT: usize = 4096;
/// Longest text remembered.
const MEMO_TEXT_LIMIT: usize = 64 * 1024;

/// The store of one [`memo`]ised function.
pub(crate) struct Memo<T>(
    std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, T>>,
    std::cell::Cell<u64>,
);

impl<T> Memo<T> {
    /// An empty store.
    pub(crate) fn new() -> Memo<T> {
        Memo(Default::default(), std::cell::Cell::new(0))
    }
}

thread_local! {
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Starts a new document: memos of this thread drop what they remember when next used.
pub(crate) fn forget() {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
}
