//! Encryption of a cache file: a random key sealed with age, the contents in chunks
//! sealed with it.

use std::io::Seek;

use super::*;
// Encryption: a random key sealed with age, the contents in chunks sealed with it.
//
// A cache file is `SEALED_MAGIC`; the length (u32 LE) of an age file that holds a
// fresh random 32-byte key, encrypted to the reading identity's public key (so only
// that identity can open it), and that age file; the chunk count `n` and the contents'
// length (u64 LE each); the `n` 16-byte tags; then the contents, encrypted in place
// with ChaCha20-Poly1305 in chunks of `CHUNK` bytes (the last one shorter). Chunk `i`
// is sealed with the nonce `i` (u64 LE) followed by `[1, 0, 0, 0]` for the last chunk,
// `[0; 4]` for the others, and `n` and the length as associated data, so a chunk
// cannot be dropped, reordered, cut or moved to the end unnoticed (age's STREAM
// construction, in parallel). Unlike one age stream, the chunks are sealed and opened
// on every core, and in place: a warm command at 100,000 visits would otherwise spend
// a tenth of its time decrypting on one core, and hold the cache twice in memory.

pub(super) const SEALED_MAGIC: &[u8; 8] = b"HKSEAL2\0";
pub(super) const CHUNK: usize = 1 << 20;
pub(super) const TAG: usize = 16;

pub(super) fn nonce(i: u64, last: bool) -> chacha20poly1305::Nonce {
    let mut n = [0u8; 12];
    n[..8].copy_from_slice(&i.to_le_bytes());
    n[8] = u8::from(last);
    n.into()
}

/// The associated data of every chunk: the count and the contents' length.
pub(super) fn sealed_aad(n: u64, len: u64) -> [u8; 16] {
    let mut aad = [0u8; 16];
    aad[..8].copy_from_slice(&n.to_le_bytes());
    aad[8..].copy_from_slice(&len.to_le_bytes());
    aad
}

/// Seals contents of a length known in advance as they are written, a chunk at a
/// time, into `out`: the contents are never all in memory (a visits cache after a
/// 100,000-row import is 70 MB). The header, whose tags are known only at the end,
/// is written last, over the zeros that keep its place.
pub(super) struct Sealer<W: Write + Seek> {
    out: W,
    cipher: chacha20poly1305::ChaCha20Poly1305,
    wrapped: Vec<u8>,
    len: u64,
    n: u64,
    /// Bytes taken so far, and the current chunk's.
    taken: u64,
    chunk: Vec<u8>,
    tags: Vec<[u8; TAG]>,
}

impl<W: Write + Seek> Sealer<W> {
    /// Starts a sealed file of `len` content bytes for `recipient` at `out`'s start.
    pub(super) fn new(mut out: W, recipient: &dyn age::Recipient, len: u64) -> io::Result<Self> {
        use chacha20poly1305::aead::KeyInit;
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| io::Error::other(e.to_string()))?;
        let mut wrapped = Vec::new();
        {
            let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient))
                .map_err(io::Error::other)?;
            let mut w = encryptor.wrap_output(&mut wrapped)?;
            w.write_all(&key)?;
            w.finish()?;
        }
        let n = (len as usize).div_ceil(CHUNK).max(1) as u64;
        let header_len = 8 + 4 + wrapped.len() + 16 + n as usize * TAG;
        out.write_all(&vec![0u8; header_len])?;
        Ok(Sealer {
            out,
            cipher: chacha20poly1305::ChaCha20Poly1305::new(&key.into()),
            wrapped,
            len,
            n,
            taken: 0,
            chunk: Vec::with_capacity(CHUNK.min(len as usize)),
            tags: Vec::with_capacity(n as usize),
        })
    }

    fn seal_chunk(&mut self) -> io::Result<()> {
        use chacha20poly1305::aead::AeadInPlace;
        let i = self.tags.len() as u64;
        let tag = self
            .cipher
            .encrypt_in_place_detached(
                &nonce(i, i + 1 == self.n),
                &sealed_aad(self.n, self.len),
                &mut self.chunk,
            )
            .map_err(|_| io::Error::other(crate::t!("cache-cannot-encrypt")))?;
        self.tags.push(tag.into());
        self.out.write_all(&self.chunk)?;
        self.chunk.clear();
        Ok(())
    }

    /// Seals the last chunk and writes the header; returns the output. Fails when
    /// the contents were not exactly the length announced.
    pub(super) fn finish(mut self) -> io::Result<W> {
        if self.taken != self.len {
            return Err(io::Error::other(crate::t!("cache-cannot-encrypt")));
        }
        self.seal_chunk()?;
        let mut header = Vec::with_capacity(8 + 4 + self.wrapped.len() + 16);
        header.extend_from_slice(SEALED_MAGIC);
        header.extend_from_slice(&(self.wrapped.len() as u32).to_le_bytes());
        header.extend_from_slice(&self.wrapped);
        header.extend_from_slice(&self.n.to_le_bytes());
        header.extend_from_slice(&self.len.to_le_bytes());
        for t in &self.tags {
            header.extend_from_slice(t);
        }
        self.out.seek(io::SeekFrom::Start(0))?;
        self.out.write_all(&header)?;
        Ok(self.out)
    }
}

impl<W: Write + Seek> Write for Sealer<W> {
    fn write(&mut self, mut buf: &[u8]) -> io::Result<usize> {
        let given = buf.len();
        if self.taken + given as u64 > self.len {
            return Err(io::Error::other(crate::t!("cache-cannot-encrypt")));
        }
        while !buf.is_empty() {
            // A full chunk is sealed once more follows it: the last chunk, full or
            // not, is sealed by `finish` with the last-chunk flag.
            if self.chunk.len() == CHUNK {
                self.seal_chunk()?;
            }
            let take = (CHUNK - self.chunk.len()).min(buf.len());
            self.chunk.extend_from_slice(&buf[..take]);
            buf = &buf[take..];
        }
        self.taken += given as u64;
        Ok(given)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A whole sealed file in memory (tests, small files).
#[cfg(test)]
pub(super) fn seal_to_vec(contents: &[u8], recipient: &dyn age::Recipient) -> io::Result<Vec<u8>> {
    let mut s = Sealer::new(
        io::Cursor::new(Vec::new()),
        recipient,
        contents.len() as u64,
    )?;
    s.write_all(contents)?;
    Ok(s.finish()?.into_inner())
}

/// A cache file's contents, decrypted in the buffer the file was read into.
pub struct Opened {
    buf: Vec<u8>,
    start: usize,
}

impl std::ops::Deref for Opened {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// Decrypts a file made by [`seal`], in place; `None` when it is damaged, cut, or
/// not for `ids`.
pub(super) fn open_sealed(mut buf: Vec<u8>, ids: &Identities) -> Option<Opened> {
    use chacha20poly1305::aead::{AeadInPlace, KeyInit};
    let mut r = Reader { b: &buf };
    if r.take(8)? != SEALED_MAGIC {
        return None;
    }
    let wrapped_len = u32::from_le_bytes(r.take(4)?.try_into().ok()?) as usize;
    let key: [u8; 32] = ids.decrypt(r.take(wrapped_len)?).ok()?.try_into().ok()?;
    let n = r.u64()?;
    let len = r.u64()?;
    if n != (len as usize).div_ceil(CHUNK).max(1) as u64 {
        return None;
    }
    let tags: Vec<[u8; TAG]> = (0..n)
        .map(|_| r.take(TAG).and_then(|t| t.try_into().ok()))
        .collect::<Option<_>>()?;
    if r.b.len() as u64 != len {
        return None;
    }
    let start = buf.len() - r.b.len();
    let aad = sealed_aad(n, len);
    let cipher = chacha20poly1305::ChaCha20Poly1305::new(&key.into());
    let mut chunks: Vec<&mut [u8]> = buf[start..].chunks_mut(CHUNK).collect();
    if chunks.is_empty() {
        chunks.push(&mut []);
    }
    let ok = chunks
        .into_par_iter()
        .zip(tags.par_iter())
        .enumerate()
        .all(|(i, (chunk, tag))| {
            cipher
                .decrypt_in_place_detached(
                    &nonce(i as u64, i as u64 + 1 == n),
                    &aad,
                    chunk,
                    tag.into(),
                )
                .is_ok()
        });
    ok.then_some(Opened { buf, start })
}
