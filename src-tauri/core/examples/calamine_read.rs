//! calamine's own read of a workbook's first sheet, cell by cell, as the
//! floor `.ci/bench` compares a spreadsheet import with. Prints the cells
//! and rows it saw.
//!
//!     cargo run --release -p liveledger --example calamine_read -- FILE.xlsx

use calamine::{open_workbook, Reader, Xlsx};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: calamine_read FILE.xlsx")?;
    let mut wb: Xlsx<_> = open_workbook(&path)?;
    let sheet = wb.sheet_names().first().cloned().ok_or("no sheet")?;
    let mut reader = wb.worksheet_cells_reader(&sheet)?;
    let (mut cells, mut rows, mut last) = (0u64, 0u64, None);
    while let Some(cell) = reader.next_cell()? {
        cells += 1;
        let r = cell.get_position().0;
        if last != Some(r) {
            rows += 1;
            last = Some(r);
        }
        std::hint::black_box(cell.get_value());
    }
    println!("{cells} cells in {rows} rows");
    Ok(())
}
