//! The export as a zip: its list of files checked before it is read, the
//! JSON or the TXT files chosen in it, how far an entry may unpack (the one
//! rule for every zip LiveLedger reads), and the one description of a zip
//! that is not read.

use std::io::{BufReader, Read};

use super::txt::read_txt;
use super::walk::walk_export;
use super::{Found, Sink};
use crate::error::{Error, Result};
use crate::import::json::{file_said, quote};
use crate::import::{RawBytes, RowProblem, Tally};
use crate::l10n::Message;

/// Largest entry unpacked from a .zip (TikTok's JSON, a workbook's XML),
/// and all of the TXT download's lists together.
pub(in crate::import) const MAX_UNPACKED_BYTES: u64 = 4 << 30;

/// How many times its packed size an entry may unpack to, past
/// [`RATIO_FREE_BYTES`]: JSON, text and a sheet's XML pack 5 to 30 times,
/// a zip bomb thousands.
pub(in crate::import) const MAX_PACK_RATIO: u64 = 200;

/// Unpacked bytes any entry may reach whatever its ratio.
const RATIO_FREE_BYTES: u64 = 64 << 20;

/// Most bytes of a zip's central directory (its list of files): TikTok's
/// export holds a handful of files, a workbook a few per sheet; the zip
/// crate holds the list in memory.
const MAX_ZIP_DIRECTORY: u64 = 1 << 20;
/// Most files in the zip.
const MAX_ZIP_FILES: u64 = 1000;

/// Refuses a zip whose list of files is larger than TikTok's ever is,
/// from its end record, before the zip crate reads that list.
pub(in crate::import) fn check_zip_directory<F: Read + std::io::Seek>(
    file: &mut F,
) -> std::result::Result<(), Message> {
    use std::io::SeekFrom;
    // The system's own words, as they always were.
    let io =
        |e: std::io::Error| Message::new("core-import-file-error").text("error", e.to_string());
    let len = file.seek(SeekFrom::End(0)).map_err(io)?;
    // The end record is 22 bytes, after a comment of at most 64 KiB.
    let tail_len = len.min(22 + 0xFFFF);
    file.seek(SeekFrom::Start(len - tail_len)).map_err(io)?;
    let mut tail = Vec::with_capacity(tail_len as usize);
    file.take(tail_len).read_to_end(&mut tail).map_err(io)?;
    file.seek(SeekFrom::Start(0)).map_err(io)?;
    let Some(at) = memchr::memmem::rfind(&tail, b"PK\x05\x06") else {
        // The zip crate says what is wrong with it.
        return Ok(());
    };
    let field = |from: usize, n: usize| {
        tail.get(at + from..at + from + n).map(|b| {
            b.iter()
                .rev()
                .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
        })
    };
    let (Some(files), Some(size)) = (field(10, 2), field(12, 4)) else {
        return Ok(());
    };
    // 0xFFFF and 0xFFFFFFFF say a ZIP64 record holds the real figures: no
    // export of a few JSON files needs one.
    if files > MAX_ZIP_FILES || size > MAX_ZIP_DIRECTORY {
        return Err(
            Message::new("core-import-file-zip-many").text("max", MAX_ZIP_FILES.to_string())
        );
    }
    Ok(())
}

/// Reads the export's bytes: the JSON itself, or the JSON or TXT files
/// found in the zip (`spooled`: the zip, already copied to a temporary file
/// by `container::spool`, the tally of its raw bytes in `reader`), handing
/// each entry to `sink`. Returns what the walk found, the name to show and
/// the file's tally.
pub(super) fn read_export<R: Read + Send, B: RawBytes<R>>(
    mut reader: B,
    name: &str,
    spooled: Option<std::fs::File>,
    sink: Sink,
) -> Result<(std::result::Result<Found, RowProblem>, String, Tally<R>)> {
    let io_err = |e: std::io::Error| file_said(name, crate::import::container::cannot_read(&e));
    let Some(mut spool) = spooled else {
        let found = walk_export(&mut reader, sink);
        // The whole file passes through the tally, for its hash; after a
        // broken walk nothing is hashed, so an endless stream ends here.
        if found.is_ok() {
            std::io::copy(&mut reader, &mut std::io::sink()).map_err(io_err)?;
        }
        return Ok((found, name.to_string(), reader.into_tally()));
    };
    let tally = reader.into_tally();
    check_zip_directory(&mut spool).map_err(|m| file_said(name, m))?;
    let zip_err = |e: zip::result::ZipError| file_said(name, not_tiktok_zip(&e));
    let mut archive = zip::ZipArchive::new(BufReader::new(spool)).map_err(zip_err)?;
    // One name per entry, so a name's position is its entry's index.
    let names: Vec<String> = (0..archive.len())
        .map(|i| {
            archive
                .name_for_index(i)
                .and_then(|n| n.ok())
                .map(|n| n.into_owned())
                .unwrap_or_default()
        })
        .collect();
    let json: Vec<&String> = names
        .iter()
        .filter(|n| base(n).ends_with(".json"))
        .collect();
    let chosen = names
        .iter()
        .find(|n| matches!(base(n).as_str(), "user_data.json" | "user_data_tiktok.json"))
        .or_else(|| (json.len() == 1).then(|| json[0]));
    let Some(chosen) = chosen.cloned() else {
        if names.iter().any(|n| base(n).ends_with(".txt")) {
            let found = read_txt(&mut archive, &names, name, sink)?;
            return Ok((found, format!("{name}{TXT_SHOWN}"), tally));
        }
        return Err(file_said(
            name,
            zip_listing(Message::new("core-import-file-zip-no-export"), &names),
        ));
    };
    let index = names.iter().position(|n| *n == chosen).unwrap_or(0);
    let entry = archive.by_index(index).map_err(zip_err)?;
    let cap = UnpackCap::new(entry.compressed_size(), MAX_UNPACKED_BYTES);
    let mut limited = BufReader::new(entry.take(cap.bytes + 1));
    let found = walk_export(&mut limited, sink);
    if limited.into_inner().limit() == 0 {
        return Err(cap.refusal(name, &chosen));
    }
    Ok((found, format!("{name} › {}", quote(&chosen)), tally))
}

/// What the name an import of the TXT download is shown under ends with.
pub(in crate::import) const TXT_SHOWN: &str = " › TXT files";

/// A zip entry's name without its folders, in lower case.
pub(super) fn base(n: &str) -> String {
    n.rsplit(['/', '\\']).next().unwrap_or(n).to_lowercase()
}

/// "is not a zip archive TikTok sends (…)", the zip reader's words inside.
pub(super) fn not_tiktok_zip(e: &zip::result::ZipError) -> Message {
    Message::new("core-import-file-zip-not-tiktok").text("error", e.to_string())
}

/// What a zip holds, for `refusal` (a message about a zip LiveLedger does
/// not read): how many files (`$count`, `$n`; 0 is an empty zip) and its
/// first entries' names (`$names`: cut short, without control characters,
/// `, …` after them when there are more). The one place a zip is described.
pub(in crate::import) fn zip_listing(refusal: Message, names: &[String]) -> Message {
    const SHOWN: usize = 5;
    let shown: Vec<String> = names.iter().take(SHOWN).map(|n| quote(n)).collect();
    refusal
        .count("count", names.len() as u64)
        .text("n", names.len().to_string())
        .text(
            "names",
            format!(
                "{}{}",
                shown.join(", "),
                if names.len() > SHOWN { ", …" } else { "" }
            ),
        )
}

/// The most bytes a zip entry of `packed` bytes may unpack to, on its own:
/// the one rule for every zip LiveLedger reads (TikTok's download, a
/// workbook), [`UnpackCap`]'s.
pub(in crate::import) fn unpack_cap(packed: u64) -> u64 {
    UnpackCap::new(packed, MAX_UNPACKED_BYTES).bytes
}

/// How far one zip entry may unpack: JSON and text pack 5 to 30 times; far
/// more is a zip bomb, which would take minutes to read even with memory
/// bounded.
pub(super) struct UnpackCap {
    /// The most bytes the entry may unpack to.
    pub(super) bytes: u64,
    /// Whether its ratio, not what is left, sets the cap.
    by_ratio: bool,
}

impl UnpackCap {
    /// The cap of an entry packed into `packed` bytes, at most `left`.
    pub(super) fn new(packed: u64, left: u64) -> UnpackCap {
        let by_ratio = packed.saturating_mul(MAX_PACK_RATIO).max(RATIO_FREE_BYTES);
        let bytes = MAX_UNPACKED_BYTES.min(by_ratio).min(left);
        UnpackCap {
            bytes,
            by_ratio: by_ratio < MAX_UNPACKED_BYTES.min(left),
        }
    }

    /// The refusal of the entry `entry` that unpacked past the cap.
    pub(super) fn refusal(&self, name: &str, entry: &str) -> Error {
        file_said(
            name,
            if self.by_ratio {
                Message::new("core-import-file-unpack-ratio")
                    .text("entry", quote(entry))
                    .text("ratio", MAX_PACK_RATIO.to_string())
            } else {
                Message::new("core-import-file-unpack-past")
                    .text("entry", quote(entry))
                    .text("max", (MAX_UNPACKED_BYTES >> 30).to_string())
            },
        )
    }
}
