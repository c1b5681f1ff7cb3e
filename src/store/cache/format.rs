//! The cache file's plain layout: a small length-prefixed encoding, checked on
//! every read.

use super::*;

pub(super) fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

pub(super) fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_u64(out, b.len() as u64);
    out.extend_from_slice(b);
}

/// The header of a cache file, before its entries.
pub(super) struct Header<'a> {
    pub(super) version: &'a str,
    pub(super) public_key: &'a str,
    pub(super) folder: &'a str,
    pub(super) taken_ns: i64,
}

/// The exact length of the encoding of `h` and `entries`, and the entries' count.
pub(super) fn encoded_len<'e>(
    h: &Header<'_>,
    entries: impl Iterator<Item = EntryRef<'e>>,
) -> (usize, u64) {
    let head = 8 + 4 + 8 * 5 + h.version.len() + h.public_key.len() + h.folder.len();
    entries.fold((head, 0), |(len, count), e| {
        let size = 8 * 7
            + 64
            + 1
            + e.rel.len()
            + e.owner.len()
            + e.body.len()
            + e.plaintext.map_or(0, |p| 8 + p.len());
        (len + size, count + 1)
    })
}

/// Writes the encoding of `h` and `entries` (`count` of them) to `out`, an entry at
/// a time.
pub(super) fn encode_into<'e>(
    h: &Header<'_>,
    count: u64,
    entries: impl Iterator<Item = EntryRef<'e>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(4096);
    buf.extend_from_slice(MAGIC);
    buf.extend_from_slice(&CACHE_FORMAT.to_le_bytes());
    put_bytes(&mut buf, h.version.as_bytes());
    put_bytes(&mut buf, h.public_key.as_bytes());
    put_bytes(&mut buf, h.folder.as_bytes());
    put_u64(&mut buf, h.taken_ns as u64);
    put_u64(&mut buf, count);
    for e in entries {
        put_bytes(&mut buf, e.rel);
        put_bytes(&mut buf, e.owner.as_bytes());
        put_u64(&mut buf, e.stamp.size);
        put_u64(&mut buf, e.stamp.mtime_ns as u64);
        put_u64(&mut buf, e.stamp.ctime_ns as u64);
        put_u64(&mut buf, e.stamp.ino);
        buf.extend_from_slice(e.cipher_hash);
        buf.extend_from_slice(e.plain_hash);
        put_bytes(&mut buf, e.body);
        match e.plaintext {
            Some(p) => {
                buf.push(1);
                put_bytes(&mut buf, p.as_bytes());
            }
            None => buf.push(0),
        }
        if buf.len() >= 4096 {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}

impl Snapshot {
    /// The snapshot as the encoder takes it: its header, and its entries borrowed.
    pub(super) fn parts(&self) -> (Header<'_>, Vec<EntryRef<'_>>) {
        let header = Header {
            version: &self.version,
            public_key: &self.public_key,
            folder: &self.folder,
            taken_ns: self.taken_ns,
        };
        (header, self.entries.iter().map(Entry::borrowed).collect())
    }
}

pub fn encode(s: &Snapshot) -> Vec<u8> {
    let (header, entries) = s.parts();
    let (len, count) = encoded_len(&header, entries.iter().copied());
    let mut out = Vec::with_capacity(len);
    encode_into(&header, count, entries.into_iter(), &mut out).expect("writing to memory");
    out
}

pub(super) struct Reader<'a> {
    pub(super) b: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.b.len() {
            return None;
        }
        let (head, rest) = self.b.split_at(n);
        self.b = rest;
        Some(head)
    }
    pub(super) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub(super) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.u64()?).ok()?;
        self.take(n)
    }
    pub(super) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }
    pub(super) fn hash(&mut self) -> Option<&'a [u8; 32]> {
        self.take(32)?.try_into().ok()
    }
}

/// Reads a cache file's bytes in place; `None` for anything damaged, of another
/// cache format, or with entries out of order.
pub fn decode_view(b: &[u8]) -> Option<View<'_>> {
    let mut r = Reader { b };
    if r.take(8)? != MAGIC {
        return None;
    }
    if u32::from_le_bytes(r.take(4)?.try_into().ok()?) != CACHE_FORMAT {
        return None;
    }
    let version = r.str()?;
    let public_key = r.str()?;
    let folder = r.str()?;
    let taken_ns = r.u64()? as i64;
    let count = r.u64()?;
    // Each entry takes more than 100 bytes: a count beyond that is damage.
    if count > (b.len() / 100) as u64 {
        return None;
    }
    let mut entries: Vec<EntryRef<'_>> = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let rel = r.bytes()?;
        if entries.last().is_some_and(|last| last.rel >= rel) {
            return None;
        }
        let owner = r.str()?;
        let stamp = Stamp {
            size: r.u64()?,
            mtime_ns: r.u64()? as i64,
            ctime_ns: r.u64()? as i64,
            ino: r.u64()?,
        };
        let cipher_hash = r.hash()?;
        let plain_hash = r.hash()?;
        let body = r.bytes()?;
        let plaintext = match r.take(1)?[0] {
            0 => None,
            1 => Some(r.str()?),
            _ => return None,
        };
        entries.push(EntryRef {
            rel,
            owner,
            stamp,
            cipher_hash,
            plain_hash,
            body,
            plaintext,
        });
    }
    if !r.b.is_empty() {
        return None;
    }
    Some(View {
        version,
        public_key,
        folder,
        taken_ns,
        entries,
    })
}

/// Reads a snapshot into owned values (for `hk cache status` and tests).
pub fn decode(b: &[u8]) -> Option<Snapshot> {
    decode_view(b).map(|v| v.to_owned())
}
