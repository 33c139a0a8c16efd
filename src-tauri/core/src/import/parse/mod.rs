//! Turning CSV records into checked rows, collecting every problem: the row
//! types (`rows`), the parser's core (`parser`, `streaks`, `settle`), one
//! reader per format, and the cell readers (`cells`).

mod cells;
mod days;
mod gift_cell;
mod gift_events;
mod gift_table;
mod liveledger;
mod messages;
mod occurrences;
mod parser;
mod rows;
mod session_summary;
mod settle;
mod streaks;

pub use rows::DateOrder;

pub(crate) use cells::{parse_bool, parse_whole};
pub(crate) use parser::Parser;
pub(crate) use rows::{Batch, GiftRow, Parsed, SessionRow, When, WithdrawalRow};
