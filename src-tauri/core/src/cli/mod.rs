//! The `liveledger` command line in three layers: `args` what may be typed,
//! `dispatch` running each command against the core, `print` what is shown.
//! No business logic lives here.

// The macro comes before the modules that use it.
/// Prints a line to standard output and returns from the function with the
/// error when it cannot be written (a full disk, `/dev/full`, a file past
/// `ulimit -f`): output that was lost is never a success. A closed pipe
/// (`| head`) ends the program quietly: its reader has all it wanted.
macro_rules! say {
    ($($arg:tt)*) => {
        emit(&format!($($arg)*))?
    };
}

mod args;
mod dispatch;
mod help;
mod insights;
mod lang;
mod print;
mod words;

pub use dispatch::run;
pub use lang::chosen as language;
pub(crate) use words::Words;
