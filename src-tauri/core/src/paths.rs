//! Paths the creator names, looked at before they are opened: a file to
//! write is replaced by a rename, and a file to follow is opened for
//! reading, so a FIFO, a device or a folder there would be replaced (even
//! `/dev/full`, as root) or block the open until a writer comes. `stat` never
//! blocks, so each is refused by what it is before anything is opened.

use std::fs::Metadata;
use std::io::ErrorKind;
use std::path::Path;

use crate::error::{Error, Result};

/// What is at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Nothing yet.
    Nothing,
    /// A regular file (or a link to one).
    File,
    /// Something else, in words ("a named pipe (FIFO)", "a folder", …).
    Other(&'static str),
}

/// Looks at what is at `path` without opening it (a link is followed).
pub fn look(path: &Path) -> std::io::Result<Found> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => Ok(Found::File),
        Ok(m) => Ok(Found::Other(kind_of(&m))),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(Found::Nothing),
        Err(e) => Err(e),
    }
}

/// Checks that `path` may be written by replacing it: a regular file or
/// nothing yet.
pub fn check_output(path: &Path) -> Result<()> {
    match look(path) {
        Ok(Found::File | Found::Nothing) => Ok(()),
        Ok(Found::Other(found)) => Err(Error::NotAFile {
            path: path.to_path_buf(),
            found,
        }),
        Err(source) => Err(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Makes the temporary file a write goes to before it is renamed over its
/// target, new (`O_EXCL`), so nothing already at `partial` is opened: a
/// regular file there (left by a crash) is removed first; anything else
/// (a FIFO would block the open, a device would be written) is refused.
pub fn fresh_partial(partial: &Path) -> Result<std::fs::File> {
    let io = |source| Error::Io {
        path: partial.to_path_buf(),
        source,
    };
    match look(partial).map_err(io)? {
        Found::Nothing => {}
        Found::File => std::fs::remove_file(partial).map_err(io)?,
        Found::Other(found) => {
            return Err(Error::NotAFile {
                path: partial.to_path_buf(),
                found,
            })
        }
    }
    std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(partial)
        .map_err(io)
}

/// What a file that is not a regular one is, in words.
pub fn kind_of(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_file() {
        return "a regular file";
    }
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "something other than a file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_and_new_names_may_be_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("f");
        assert!(check_output(&file).is_ok(), "a new name");
        std::fs::write(&file, b"x").expect("write");
        assert!(check_output(&file).is_ok(), "a regular file");
        let e = check_output(dir.path()).expect_err("a folder");
        assert!(e.to_string().contains("a folder"), "{e}");
        #[cfg(unix)]
        {
            let e = check_output(Path::new("/dev/null")).expect_err("a device");
            assert!(e.to_string().contains("character device"), "{e}");
        }
    }
}
