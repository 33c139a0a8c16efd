//! Files that are containers rather than text: a zip (TikTok's data
//! download, an .xlsx, an .ods) or an OLE compound file (an .xls). What a
//! container is, is told by what it holds — its entries, or its magic —
//! never by its name, so a renamed file is read for what it is and a zip
//! that is neither says what it holds.

use std::fs::File;
use std::io::{BufReader, Read, Seek};

use super::tiktok_export;
use crate::l10n::Message;

/// A container's refusal: a `core-import-file-…` message, its `$file`
/// added by `ImportError::file`.
pub(crate) type Refusal = Message;

/// "cannot read: …" for an I/O error of the spool.
pub(crate) fn cannot_read(e: &std::io::Error) -> Message {
    Message::new("core-import-file-cannot-read").text("error", e.to_string())
}

/// "is not a zip archive that can be read (…)".
pub(crate) fn zip_unreadable(e: &dyn std::fmt::Display) -> Message {
    Message::new("core-import-file-zip-unreadable").text("error", e.to_string())
}

/// The first bytes of a zip's first entry (or of an empty zip).
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];
/// The first bytes of an OLE compound file (Excel 97–2003 .xls).
pub(crate) const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Largest container read: TikTok's export and a spreadsheet of a million
/// gift rows are far smaller.
pub(crate) const MAX_CONTAINER_BYTES: u64 = 1 << 30;

/// What kind of container the first bytes of a file announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Magic {
    Zip,
    Ole,
}

impl Magic {
    /// The container `head` (the first bytes of a file) starts, if any.
    pub(crate) fn of(head: &[u8]) -> Option<Magic> {
        if ZIP_MAGIC.iter().any(|m| head.starts_with(m)) {
            Some(Magic::Zip)
        } else if head.starts_with(OLE_MAGIC) {
            Some(Magic::Ole)
        } else {
            None
        }
    }
}

/// What a container holds, told by its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Holds {
    /// TikTok's "Download your data" (a `user_data*.json`, or its TXT form:
    /// files named as its lists are, `Go Live History.txt`…).
    TiktokExport,
    /// An Office Open XML workbook (`xl/workbook.xml`).
    Xlsx,
    /// An OpenDocument spreadsheet (`mimetype` says so, `content.xml`).
    Ods,
    /// An Excel 97–2003 workbook (an OLE file with a `Workbook` stream).
    Xls,
    /// Something else: the refusal, which says what it holds.
    Other(Message),
}

/// Copies the rest of `reader` to an anonymous temporary file (deleted when
/// closed): a zip is read from its end, and neither it nor an .xls is ever
/// held in memory whole. Refuses more than [`MAX_CONTAINER_BYTES`].
pub(crate) fn spool<R: Read>(reader: &mut R) -> std::result::Result<File, Refusal> {
    let mut spool = tempfile::tempfile().map_err(|e| cannot_read(&e))?;
    let copied = std::io::copy(&mut reader.take(MAX_CONTAINER_BYTES + 1), &mut spool)
        .map_err(|e| cannot_read(&e))?;
    if copied > MAX_CONTAINER_BYTES {
        return Err(Message::new("core-import-file-too-large")
            .text("max", (MAX_CONTAINER_BYTES >> 20).to_string()));
    }
    spool.rewind().map_err(|e| cannot_read(&e))?;
    Ok(spool)
}

/// What the spooled container `file` holds.
pub(crate) fn classify(file: &mut File, magic: Magic) -> std::result::Result<Holds, Refusal> {
    match magic {
        Magic::Ole => Ok(classify_ole(file)),
        Magic::Zip => classify_zip(file),
    }
}

fn classify_ole(file: &mut File) -> Holds {
    let Ok(clone) = file.try_clone() else {
        return Holds::Other(Message::new("core-import-file-ole-unreadable"));
    };
    let holds = match cfb::CompoundFile::open(BufReader::new(clone)) {
        Ok(c) if c.is_stream("/Workbook") || c.is_stream("/Book") => Holds::Xls,
        Ok(c) => {
            let names: Vec<String> = c
                .read_root_storage()
                .take(5)
                .map(|e| super::short(e.name()))
                .collect();
            Holds::Other(if c.is_stream("/WordDocument") {
                Message::new("core-import-file-word")
            } else {
                Message::new("core-import-file-ole-no-workbook").text("streams", names.join(", "))
            })
        }
        Err(e) => Holds::Other(
            Message::new("core-import-file-ole-broken").text("error", super::short(&e.to_string())),
        ),
    };
    let _ = file.rewind();
    holds
}

fn classify_zip(file: &mut File) -> std::result::Result<Holds, Refusal> {
    tiktok_export::check_zip_directory(file)?;
    let names = zip_names(file)?;
    let base = |n: &str| n.rsplit(['/', '\\']).next().unwrap_or(n).to_lowercase();
    let has = |want: &str| names.iter().any(|n| n.eq_ignore_ascii_case(want));
    if has("xl/workbook.xml") {
        return Ok(Holds::Xlsx);
    }
    if has("content.xml") && has("mimetype") {
        let mimetype = zip_entry_head(file, "mimetype", 128)?;
        if mimetype.starts_with(b"application/vnd.oasis.opendocument.spreadsheet") {
            return Ok(Holds::Ods);
        }
        return Ok(Holds::Other(
            Message::new("core-import-file-odf-not-sheet").text(
                "mimetype",
                super::short(&String::from_utf8_lossy(&mimetype)),
            ),
        ));
    }
    if names.iter().any(|n| {
        let b = base(n);
        b.starts_with("user_data") && (b.ends_with(".json") || b.ends_with(".txt"))
    }) || names.iter().filter(|n| base(n).ends_with(".json")).count() == 1
        || names.iter().any(|n| tiktok_export::names_a_txt_list(n))
    {
        return Ok(Holds::TiktokExport);
    }
    Ok(Holds::Other(tiktok_export::zip_listing(
        Message::new("core-import-file-zip-other"),
        &names,
    )))
}

/// The names of a zip's entries (its list was bounded by
/// `check_zip_directory` before the zip crate reads it).
fn zip_names(file: &mut File) -> std::result::Result<Vec<String>, Refusal> {
    let clone = file.try_clone().map_err(|e| cannot_read(&e))?;
    let archive = zip::ZipArchive::new(BufReader::new(clone)).map_err(|e| zip_unreadable(&e))?;
    let names = (0..archive.len())
        .filter_map(|i| {
            archive
                .name_for_index(i)
                .and_then(|n| n.ok())
                .map(|n| n.into_owned())
        })
        .collect();
    file.rewind().map_err(|e| cannot_read(&e))?;
    Ok(names)
}

/// The first `n` bytes of the zip entry `name`.
fn zip_entry_head(file: &mut File, name: &str, n: u64) -> std::result::Result<Vec<u8>, Refusal> {
    let clone = file.try_clone().map_err(|e| cannot_read(&e))?;
    let mut archive =
        zip::ZipArchive::new(BufReader::new(clone)).map_err(|e| zip_unreadable(&e))?;
    let mut out = Vec::new();
    if let Ok(entry) = archive.by_name(name) {
        let _ = entry.take(n).read_to_end(&mut out);
    }
    file.rewind().map_err(|e| cannot_read(&e))?;
    Ok(out)
}
