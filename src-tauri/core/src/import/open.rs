//! Opening a file to import: a regular file only, never a FIFO or a
//! device, and never blocking on one.

use std::fs::File;
use std::path::Path;

use super::file_said;
use crate::error::{Error, Result};
use crate::l10n::Message;

/// What a file that is not a regular file is, for the refusal.
fn not_regular(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// The catalog's key for what [`not_regular`] found
/// (`core-import-file-not-regular`'s `$what`).
fn what_key(what: &str) -> &'static str {
    match what {
        "a folder" => "folder",
        "a named pipe (FIFO)" => "fifo",
        "a device" => "device",
        "a socket" => "socket",
        _ => "other",
    }
}

/// Opens `path` for import, refusing anything but a regular file without
/// blocking: a FIFO would hang in `open`, a device (`/dev/zero`) never ends.
/// Checked before opening, and again on the open file (it may have been
/// swapped in between); opened non-blocking so a FIFO swapped in cannot
/// hang `open` itself.
pub(super) fn open_regular(path: &Path, name: &str) -> Result<File> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let refuse = |what: &str| {
        file_said(
            name,
            Message::new("core-import-file-not-regular").text("what", what_key(what)),
        )
    };
    if let Some(what) = not_regular(&std::fs::metadata(path).map_err(io)?) {
        return Err(refuse(what));
    }
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Reads of a regular file ignore O_NONBLOCK.
        open.custom_flags(libc::O_NONBLOCK);
    }
    let file = open.open(path).map_err(io)?;
    if let Some(what) = not_regular(&file.metadata().map_err(io)?) {
        return Err(refuse(what));
    }
    Ok(file)
}
