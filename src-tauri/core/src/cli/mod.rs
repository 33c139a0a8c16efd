//! The `liveledger` command line in three layers: `args` what may be typed,
//! `dispatch` running each command against the core, `print` what is shown.
//! No business logic lives here.

mod args;
mod dispatch;
mod print;

pub use dispatch::run;
