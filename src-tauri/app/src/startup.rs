//! Where a launch's time goes, for the benchmark (`tests/bench/app_trace.py`).
//!
//! With `LIVELEDGER_TRACE_START` set to the Unix time in nanoseconds at which
//! the launcher started the process, each step of the start (and each command
//! the page calls until its first view is drawn) is written to stderr as
//! `start <ms since launch> <step>`. Unset, nothing is measured or written.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// When the launcher started the process, if tracing was asked for.
static LAUNCHED: OnceLock<Option<SystemTime>> = OnceLock::new();

fn launched() -> Option<SystemTime> {
    *LAUNCHED.get_or_init(|| {
        let nanos: u64 = std::env::var("LIVELEDGER_TRACE_START").ok()?.parse().ok()?;
        Some(UNIX_EPOCH + Duration::from_nanos(nanos))
    })
}

/// Writes `step` with the time since launch, when tracing; else nothing.
pub fn mark(step: &str) {
    if let Some(at) = launched() {
        let ms = SystemTime::now()
            .duration_since(at)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        eprintln!("start {ms:8.1} {step}");
    }
}

/// Whether a launch is being traced.
pub fn tracing() -> bool {
    launched().is_some()
}
