//! A file's bytes as an import reads them: hashed and counted under
//! whatever decodes them, so the import history knows a file by its bytes
//! on disk.

use std::io::{BufRead, BufReader, Read};

use sha2::{Digest, Sha256};

use super::{decode, Encoding};

/// A reader that hashes and counts the bytes passing through it.
pub(super) struct Tally<R> {
    pub(super) inner: R,
    pub(super) hash: Sha256,
    pub(super) bytes: u64,
}

impl<R: Read> Read for Tally<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// The bytes a JSON reader splits: the file's own (UTF-8), or its text
/// decoded from UTF-16 by [`decode::Text::json`]. Either way the [`Tally`]
/// of the file's raw bytes is underneath, so the hash the import history
/// knows a file by is of the file as it is on disk. A UTF-8 file is read
/// straight, with nothing between the buffer and the tally.
pub(super) trait RawBytes<R>: BufRead + Send {
    /// The raw bytes read so far.
    fn raw_bytes(&self) -> u64;
    /// The tally of the raw bytes back.
    fn into_tally(self) -> Tally<R>;
    /// The encoding decoded from, `None` when the bytes were read as they are.
    fn encoding(&self) -> Option<Encoding>;
}

impl<R: Read + Send> RawBytes<R> for BufReader<Tally<R>> {
    fn raw_bytes(&self) -> u64 {
        self.get_ref().bytes
    }
    fn into_tally(self) -> Tally<R> {
        self.into_inner()
    }
    fn encoding(&self) -> Option<Encoding> {
        None
    }
}

impl<R: Read + Send> RawBytes<R> for BufReader<decode::Text<BufReader<Tally<R>>>> {
    fn raw_bytes(&self) -> u64 {
        self.get_ref().get_ref().get_ref().bytes
    }
    fn into_tally(self) -> Tally<R> {
        self.into_inner().into_inner().into_inner()
    }
    fn encoding(&self) -> Option<Encoding> {
        Some(self.get_ref().encoding())
    }
}

/// What was read of a file: the hash and count of its bytes, and the text
/// encoding when it was decoded as text.
pub(super) struct BytesRead {
    pub(super) hash: Sha256,
    pub(super) bytes: u64,
    pub(super) encoding: Option<Encoding>,
}

impl BytesRead {
    /// What a tally saw, with the encoding the text was decoded from.
    pub(super) fn from<R>(tally: Tally<R>, encoding: Option<Encoding>) -> BytesRead {
        BytesRead {
            hash: tally.hash,
            bytes: tally.bytes,
            encoding,
        }
    }
}

/// What an I/O error reading the text says, with its line when it has one.
pub(super) fn read_error(e: &std::io::Error) -> String {
    match decode::TextError::of(e) {
        Some(t) => t.to_string(),
        None => format!("cannot read: {e}"),
    }
}

/// `bytes` as lower-case hex: how a file's SHA-256 is shown and kept.
pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
