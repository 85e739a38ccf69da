//! Base64 (RFC 4648, standard alphabet, padded) read as the `base64` crate's `STANDARD` engine
//! reads it: the length a multiple of four, `=` only as the last one or two characters, and the
//! bits the padding leaves over all zero; anything else is `None`. The images' pixels arrive this
//! way; a few lines here keep that crate's decoder out of the engine's .wasm.

/// The bytes of `text`, or `None` when it is not canonical padded base64.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if text.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let quads = text.len() / 4;
    for (i, quad) in text.chunks_exact(4).enumerate() {
        let pad = if i + 1 == quads { quad.iter().rev().take_while(|&&c| c == b'=').count() } else { 0 };
        if pad > 2 {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = n << 6 | sextet(c)?;
        }
        n <<= 6 * pad as u32;
        if n & ((1 << (8 * pad)) - 1) != 0 {
            return None;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    Some(out)
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

#[cfg(test)]
mod tests {
    use super::decode;
    use base64::Engine as _;

    /// Every text the crate's engine reads, read alike; every text it refuses, refused.
    #[test]
    fn reads_what_the_base64_crate_reads() {
        let engine = base64::engine::general_purpose::STANDARD;
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut texts: Vec<String> =
            ["", "=", "==", "====", "A===", "AA==", "AB==", "AAA=", "AAB=", "AAAA", "AA=A", "A", "AA", "AAA"]
                .map(String::from)
                .to_vec();
        texts.extend(
            ["Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "Zm9v\n", " Zm9v", "Zm9v====", "Zm9vYg=="].map(String::from),
        );
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let good = engine.encode(&bytes);
            assert_eq!(decode(&good), Some(bytes), "{good}");
            texts.push(good.clone());
            // the same text with one character changed to one of the characters that matter
            for _ in 0..20 {
                let mut t = good.clone().into_bytes();
                if t.is_empty() {
                    break;
                }
                let at = next() as usize % t.len();
                t[at] = b"A/+=9zZ-_ \n."[next() as usize % 12];
                texts.push(String::from_utf8(t).unwrap_or_default());
            }
        }
        for t in &texts {
            assert_eq!(decode(t), engine.decode(t).ok(), "{t:?}");
        }
    }
}
