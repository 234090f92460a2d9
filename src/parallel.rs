//! Runs independent parts of one analysis side by side, where the platform has threads.
//!
//! The stages read the same segments and write nothing the others read, so natively
//! they share the cores; the page's wasm has one thread (it already analyses in a Web
//! Worker, off the page's own thread), and there everything runs in order. Results are
//! the same either way: each part returns its own findings, joined in document order.

/// A cell filled once by whichever stage asks first (each unit's category cues, the
/// item periods). Natively the stages run side by side, so the cell is a `OnceLock` and
/// the other stage waits for the same value; the wasm has one thread, and a `OnceCell`
/// there is the smaller code.
#[cfg(not(target_arch = "wasm32"))]
pub type Once<T> = std::sync::OnceLock<T>;
/// A cell filled once by the first to ask (wasm: one thread, so a `OnceCell`).
#[cfg(target_arch = "wasm32")]
pub type Once<T> = std::cell::OnceCell<T>;

/// Runs two independent computations, on two threads natively.
///
/// Rayon's pool keeps its threads, and with them the regex crate's per-thread caches
/// of built DFA states: a thread spawned afresh for every analysis started each
/// pattern from a cold cache, and made the analysis slower than one thread did.
#[cfg(not(target_arch = "wasm32"))]
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    rayon_core::join(a, b)
}

/// How many threads may analyse at once: the pool's and the caller's.
#[cfg(not(target_arch = "wasm32"))]
pub fn threads() -> usize {
    rayon_core::current_num_threads() + 1
}

/// How many threads may analyse at once (wasm: one).
#[cfg(target_arch = "wasm32")]
pub fn threads() -> usize {
    1
}

/// This thread's place among [`threads`]: the pool's threads first, any other last.
#[cfg(not(target_arch = "wasm32"))]
pub fn thread_place() -> usize {
    rayon_core::current_thread_index().unwrap_or(rayon_core::current_num_threads())
}

/// This thread's place among [`threads`] (wasm: the only one).
#[cfg(target_arch = "wasm32")]
pub fn thread_place() -> usize {
    0
}

/// Runs two computations one after the other (wasm: one thread).
#[cfg(target_arch = "wasm32")]
pub fn join<A, B>(a: impl FnOnce() -> A, b: impl FnOnce() -> B) -> (A, B) {
    (a(), b())
}

/// `f` of each item, in the items' order, the items spread over the threads.
#[cfg(not(target_arch = "wasm32"))]
pub fn map<T: Sync, R: Send>(items: &[T], f: &(impl Fn(&T) -> R + Sync)) -> Vec<R> {
    match items {
        [] => Vec::new(),
        [one] => vec![f(one)],
        _ => {
            let (left, right) = items.split_at(items.len() / 2);
            let (mut l, r) = join(|| map(left, f), || map(right, f));
            l.extend(r);
            l
        }
    }
}

/// `f` of each item, in order (wasm: one thread).
#[cfg(target_arch = "wasm32")]
pub fn map<T, R>(items: &[T], f: &impl Fn(&T) -> R) -> Vec<R> {
    items.iter().map(f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_the_order_of_its_items() {
        let items: Vec<u32> = (0..37).collect();
        let squares = map(&items, &|x| x * x);
        assert_eq!(squares, items.iter().map(|x| x * x).collect::<Vec<_>>());
        assert!(map(&[] as &[u32], &|x| *x).is_empty());
    }
}
