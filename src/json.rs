//! Reading the engine's inputs (snapshot, context, frame verdicts) from JSON by hand, field by
//! field, over `serde_json::Value`, and writing its outputs (verdicts, the policy summary, report
//! answers) with [`Writer`]. A derived deserializer or serializer per type costs the .wasm several
//! KB each; these readers and the writer share a handful of small functions instead.
//!
//! They read what the derived `Deserialize` impls read: a missing key takes the type's default
//! (where the type has `#[serde(default)]`) or is an error, `null` is `None` for an `Option`,
//! unknown keys are ignored, and a value of the wrong type is an error naming the key's path
//! (`brand[2].source: expected a string, found a number`).

use serde_json::{Map, Value};

/// An error: where (`forms[1].action`) and what.
pub type Error = String;

/// The JSON text as a value, read as `serde_json::from_str::<Value>` reads it (the same values,
/// the same texts refused, nesting up to 127 deep) without serde's deserializer in the .wasm. The
/// error says what was wrong and where (`expected value at line 1 column 7`).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut r = Reader { text: text.as_bytes(), at: 0, depth: 0 };
    let value = r.value()?;
    r.space();
    if r.at < r.text.len() {
        return Err(r.error("trailing characters"));
    }
    Ok(value)
}

/// Arrays and objects nest less deep than this (serde_json's limit: 127 levels).
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    /// `what at line L column C`, the place being the byte read last (as serde_json counts).
    fn error(&self, what: &str) -> Error {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        format!("{what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// The next byte after any space, taken.
    fn next_token(&mut self) -> Option<u8> {
        self.space();
        let b = self.peek();
        self.at += usize::from(b.is_some());
        b
    }

    fn eof_or(&self, what: &str) -> Error {
        self.error(if self.at >= self.text.len() { "EOF while parsing a value" } else { what })
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(b) = self.next_token() else {
            return Err(self.error("EOF while parsing a value"));
        };
        match b {
            b'n' => self.word(b"ull", Value::Null),
            b't' => self.word(b"rue", Value::Bool(true)),
            b'f' => self.word(b"alse", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'-' => self.number(false),
            b'0'..=b'9' => {
                self.at -= 1;
                self.number(true)
            }
            b'[' | b'{' => {
                self.depth += 1;
                if self.depth >= MAX_DEPTH {
                    return Err(self.error("recursion limit exceeded"));
                }
                let v = if b == b'[' { self.array() } else { self.object() };
                self.depth -= 1;
                v
            }
            _ => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, rest: &[u8], v: Value) -> Result<Value, Error> {
        for &want in rest {
            match self.peek() {
                Some(b) if b == want => self.at += 1,
                Some(_) => {
                    self.at += 1;
                    return Err(self.error("expected ident"));
                }
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(v)
    }

    fn array(&mut self) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            match self.next_token() {
                Some(b',') => {
                    self.space();
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b']') => return Ok(Value::Array(items)),
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, Error> {
        let mut map = Map::new();
        match self.next_token() {
            Some(b'}') => return Ok(Value::Object(map)),
            Some(b'"') => {}
            None => return Err(self.error("EOF while parsing an object")),
            Some(_) => return Err(self.error("key must be a string")),
        }
        loop {
            let key = self.string()?;
            match self.next_token() {
                Some(b':') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            let value = self.value()?;
            map.insert(key, value);
            match self.next_token() {
                Some(b',') => {}
                Some(b'}') => return Ok(Value::Object(map)),
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
            match self.next_token() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma")),
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
        }
    }

    /// A string's text, after its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = Vec::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.extend_from_slice(&self.text[start..self.at]);
            let Some(b) = self.peek() else {
                return Err(self.error("EOF while parsing a string"));
            };
            self.at += 1;
            match b {
                b'"' => break,
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
        // The text was UTF-8 and escapes add only whole characters.
        String::from_utf8(out).map_err(|_| self.error("invalid unicode code point"))
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), Error> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        let plain = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let c = self.unicode_escape()?;
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        out.push(plain);
        Ok(())
    }

    /// Four hex digits, after `\u`.
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let Some(b) = self.peek() else {
                return Err(self.error("EOF while parsing a string"));
            };
            self.at += 1;
            let digit = (b as char).to_digit(16).ok_or_else(|| self.error("invalid escape"))?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    /// The character of a `\uXXXX` escape (two for a surrogate pair), after `\u`.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let n = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error("lone leading surrogate in hex escape"));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            return char::from_u32(n).ok_or_else(|| self.error("invalid unicode code point"));
        }
        for want in [b'\\', b'u'] {
            match self.peek() {
                Some(b) => {
                    self.at += 1;
                    if b != want {
                        return Err(self.error("unexpected end of hex escape"));
                    }
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return Err(self.error("lone leading surrogate in hex escape"));
        }
        char::from_u32(0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00))
            .ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn digit(&self) -> Option<u64> {
        match self.peek() {
            Some(b @ b'0'..=b'9') => Some(u64::from(b - b'0')),
            _ => None,
        }
    }

    /// A number, after its sign: a `u64` or `i64` when it is whole and fits, else an `f64`
    /// computed as serde_json computes it (without its `float_roundtrip` feature): the first
    /// digits that fit a `u64`, times a power of ten from one table.
    fn number(&mut self, positive: bool) -> Result<Value, Error> {
        let mut significand = match self.digit() {
            Some(d) => {
                self.at += 1;
                d
            }
            None => return Err(self.eof_or("invalid number")),
        };
        let mut exponent: i32 = 0;
        if significand == 0 {
            if self.digit().is_some() {
                return Err(self.error("invalid number"));
            }
        } else {
            while let Some(d) = self.digit() {
                self.at += 1;
                match significand.checked_mul(10).and_then(|s| s.checked_add(d)) {
                    Some(s) if exponent == 0 => significand = s,
                    // digits beyond a u64 only raise the exponent
                    _ => exponent += 1,
                }
            }
        }
        let whole = !matches!(self.peek(), Some(b'.' | b'e' | b'E'));
        if whole && exponent == 0 {
            return Ok(if positive {
                Value::from(significand)
            } else {
                let neg = (significand as i64).wrapping_neg();
                if neg >= 0 {
                    Value::from(-(significand as f64))
                } else {
                    Value::from(neg)
                }
            });
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            let mut any = false;
            let mut full = false;
            while let Some(d) = self.digit() {
                self.at += 1;
                any = true;
                if full {
                    continue;
                }
                match significand.checked_mul(10).and_then(|s| s.checked_add(d)) {
                    Some(s) => {
                        significand = s;
                        exponent -= 1;
                    }
                    None => full = true,
                }
            }
            if !any {
                return Err(self.eof_or("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let positive_exp = match self.peek() {
                Some(b'+') => {
                    self.at += 1;
                    true
                }
                Some(b'-') => {
                    self.at += 1;
                    false
                }
                _ => true,
            };
            let Some(first) = self.digit() else {
                let e = self.eof_or("invalid number");
                return Err(e);
            };
            self.at += 1;
            let mut exp = first as i32;
            while let Some(d) = self.digit() {
                self.at += 1;
                match exp.checked_mul(10).and_then(|e| e.checked_add(d as i32)) {
                    Some(e) => exp = e,
                    None => {
                        if significand != 0 && positive_exp {
                            return Err(self.error("number out of range"));
                        }
                        while self.digit().is_some() {
                            self.at += 1;
                        }
                        return Ok(Value::from(if positive { 0.0 } else { -0.0 }));
                    }
                }
            }
            exponent = if positive_exp { exponent.saturating_add(exp) } else { exponent.saturating_sub(exp) };
        }
        let mut f = significand as f64;
        loop {
            match POW10.get(exponent.unsigned_abs() as usize) {
                Some(&pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return Err(self.error("number out of range"));
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None if f == 0.0 => break,
                None if exponent >= 0 => return Err(self.error("number out of range")),
                None => {
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(Value::from(if positive { f } else { -f }))
    }
}

/// 10⁰ to 10³⁰⁸, each the nearest `f64`.
#[rustfmt::skip]
static POW10: [f64; 309] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36,
    1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49, 1e50, 1e51, 1e52, 1e53, 1e54,
    1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61, 1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72,
    1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80, 1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89, 1e90,
    1e91, 1e92, 1e93, 1e94, 1e95, 1e96, 1e97, 1e98, 1e99, 1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106,
    1e107, 1e108, 1e109, 1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119, 1e120, 1e121,
    1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129, 1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136,
    1e137, 1e138, 1e139, 1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149, 1e150, 1e151,
    1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159, 1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166,
    1e167, 1e168, 1e169, 1e170, 1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179, 1e180, 1e181,
    1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188, 1e189, 1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196,
    1e197, 1e198, 1e199, 1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209, 1e210, 1e211,
    1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219, 1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226,
    1e227, 1e228, 1e229, 1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239, 1e240, 1e241,
    1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249, 1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256,
    1e257, 1e258, 1e259, 1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269, 1e270, 1e271,
    1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279, 1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286,
    1e287, 1e288, 1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
    1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308
];

pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(what: &str, found: &Value) -> Error {
    format!("expected {what}, found {}", type_name(found))
}

/// `key: error`, or `key.rest: error` when the error already names a place inside it.
fn at(key: &str, e: Error) -> Error {
    if e.starts_with('[') {
        format!("{key}{e}")
    } else if e.starts_with("expected ") || e.starts_with("missing ") || e.starts_with("unknown ") {
        format!("{key}: {e}")
    } else {
        format!("{key}.{e}")
    }
}

/// The keys of one JSON object, taken out one at a time.
pub struct Fields(Map<String, Value>);

impl Fields {
    pub fn new(value: Value) -> Result<Fields, Error> {
        match value {
            Value::Object(map) => Ok(Fields(map)),
            other => Err(expected("an object", &other)),
        }
    }

    /// The value of `key`; `None` when the key is absent.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// The value of `key`, which must be there.
    pub fn required(&mut self, key: &str) -> Result<Value, Error> {
        self.take(key).ok_or_else(|| format!("missing field `{key}`"))
    }

    /// `read` of the value of `key`, or `T::default()` when the key is absent.
    pub fn or_default<T: Default>(&mut self, key: &str, read: fn(Value) -> Result<T, Error>) -> Result<T, Error> {
        match self.take(key) {
            None => Ok(T::default()),
            Some(v) => read(v).map_err(|e| at(key, e)),
        }
    }

    /// `read` of the value of `key`, which must be there.
    pub fn field<T>(&mut self, key: &str, read: fn(Value) -> Result<T, Error>) -> Result<T, Error> {
        let v = self.required(key)?;
        read(v).map_err(|e| at(key, e))
    }

    pub fn string(&mut self, key: &str) -> Result<String, Error> {
        self.or_default(key, string)
    }

    pub fn bool(&mut self, key: &str) -> Result<bool, Error> {
        self.or_default(key, boolean)
    }

    pub fn number(&mut self, key: &str) -> Result<f64, Error> {
        self.or_default(key, number)
    }

    pub fn strings(&mut self, key: &str) -> Result<Vec<String>, Error> {
        self.or_default(key, strings)
    }

    pub fn opt_string(&mut self, key: &str) -> Result<Option<String>, Error> {
        self.or_default(key, |v| optional(v, string))
    }

    /// The value of `key` as it is (`null` when absent).
    pub fn value(&mut self, key: &str) -> Value {
        self.take(key).unwrap_or(Value::Null)
    }

    /// An error naming the first key left, for types that take no others (`deny_unknown_fields`).
    pub fn deny_unknown(self, known: &[&str]) -> Result<(), Error> {
        match self.0.keys().next() {
            None => Ok(()),
            Some(key) => Err(format!("unknown field `{key}`, expected one of {}", known.join(", "))),
        }
    }
}

pub fn string(v: Value) -> Result<String, Error> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(expected("a string", &other)),
    }
}

pub fn boolean(v: Value) -> Result<bool, Error> {
    match v {
        Value::Bool(b) => Ok(b),
        other => Err(expected("a boolean", &other)),
    }
}

pub fn number(v: Value) -> Result<f64, Error> {
    match v.as_f64() {
        Some(n) => Ok(n),
        None => Err(expected("a number", &v)),
    }
}

/// A whole number from 0 to `u32::MAX`.
pub fn unsigned(v: Value) -> Result<u32, Error> {
    match v.as_u64().map(u32::try_from) {
        Some(Ok(n)) => Ok(n),
        _ => Err(expected("a whole number from 0 to 4294967295", &v)),
    }
}

/// A whole number from 0 up, as an index.
pub fn index(v: Value) -> Result<usize, Error> {
    match v.as_u64().map(usize::try_from) {
        Some(Ok(n)) => Ok(n),
        _ => Err(expected("a whole number from 0 up", &v)),
    }
}

/// A whole number that fits an `i64`.
pub fn integer(v: Value) -> Result<i64, Error> {
    v.as_i64().ok_or_else(|| expected("a whole number", &v))
}

/// A whole number from 0 that fits a `u64`.
pub fn count(v: Value) -> Result<u64, Error> {
    v.as_u64().ok_or_else(|| expected("a whole number from 0 up", &v))
}

/// `None` for `null`, else `read` of the value.
pub fn optional<T>(v: Value, read: fn(Value) -> Result<T, Error>) -> Result<Option<T>, Error> {
    match v {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

/// Every item of an array read by `read`; an error names the item (`[3]`).
pub fn list<T>(v: Value, read: fn(Value) -> Result<T, Error>) -> Result<Vec<T>, Error> {
    let mut out = Vec::new();
    each(v, &mut |item| {
        out.push(read(item)?);
        Ok(())
    })?;
    Ok(out)
}

/// `f` of every item of an array, in order (one copy of the loop for every [`list`]).
fn each(v: Value, f: &mut dyn FnMut(Value) -> Result<(), Error>) -> Result<(), Error> {
    let items = match v {
        Value::Array(items) => items,
        other => return Err(expected("an array", &other)),
    };
    for (n, item) in items.into_iter().enumerate() {
        f(item).map_err(|e| at(&format!("[{n}]"), e))?;
    }
    Ok(())
}

pub fn strings(v: Value) -> Result<Vec<String>, Error> {
    list(v, string)
}

/// The value of `all` whose name (`name`) is the string `v`.
pub fn one_of<T: Copy>(v: Value, all: &[T], name: fn(T) -> &'static str) -> Result<T, Error> {
    let text = string(v)?;
    all.iter().copied().find(|t| name(*t) == text).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(|t| name(*t)).collect();
        format!("unknown value {text:?}, expected one of {}", names.join(", "))
    })
}

/// `x` as Rust's `Display` writes it (`0.25`, `300`, `0.0000001`), from serde_json's shortest
/// digits, so core's float formatting (15 KB) stays out of the .wasm. Where two shortest texts are
/// as near to `x` (only with 17 significant digits) the last digit may differ from `Display`'s.
pub fn decimal(x: f64) -> String {
    let Some(n) = serde_json::Number::from_f64(x) else {
        return if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_string();
    };
    let text = n.to_string();
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + exp;
    let mut out = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    if out.contains('.') {
        let kept = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(kept);
    }
    format!("{sign}{out}")
}

/// JSON text written by hand, for the engine's outputs (the verdict): a derived `Serialize`
/// costs the .wasm serde's serializer instances for every type. The text is what serde_json's
/// `to_string` writes for the derived impls: keys in field order, no spaces, the same escapes.
#[derive(Default)]
pub struct Writer(String);

/// A value [`Writer`] writes.
pub trait ToJson {
    fn write(&self, w: &mut Writer);

    /// The value as JSON text.
    fn to_json(&self) -> String {
        let mut w = Writer::default();
        self.write(&mut w);
        w.0
    }
}

impl ToJson for Value {
    fn write(&self, w: &mut Writer) {
        w.value(self);
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write(&self, w: &mut Writer) {
        w.list(self);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write(&self, w: &mut Writer) {
        w.list(self);
    }
}

impl Writer {
    /// A comma, unless the value or key comes first in its array or object or follows a key.
    fn separate(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'[' | b'{' | b':')) {
            self.0.push(',');
        }
    }

    pub fn begin_object(&mut self) {
        self.separate();
        self.0.push('{');
    }

    pub fn end_object(&mut self) {
        self.0.push('}');
    }

    pub fn begin_array(&mut self) {
        self.separate();
        self.0.push('[');
    }

    pub fn end_array(&mut self) {
        self.0.push(']');
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.0
    }

    /// `"key":`, before the key's value.
    pub fn key(&mut self, key: &str) {
        self.string(key);
        self.0.push(':');
    }

    pub fn string(&mut self, s: &str) {
        self.separate();
        self.0.push('"');
        let mut plain = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.0.push_str(&s[plain..i]);
            plain = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push_str("\\u00");
                self.0.push(HEX[usize::from(b >> 4)] as char);
                self.0.push(HEX[usize::from(b & 0xf)] as char);
            } else {
                self.0.push_str(escape);
            }
        }
        self.0.push_str(&s[plain..]);
        self.0.push('"');
    }

    pub fn opt_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw("null"),
        }
    }

    pub fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    /// Text that is already JSON (`null`, a number).
    pub fn raw(&mut self, json: &str) {
        self.separate();
        self.0.push_str(json);
    }

    pub fn strings(&mut self, items: &[String]) {
        self.separate();
        self.0.push('[');
        for s in items {
            self.string(s);
        }
        self.0.push(']');
    }

    pub fn list<T: ToJson>(&mut self, items: &[T]) {
        self.separate();
        self.0.push('[');
        for item in items {
            item.write(self);
        }
        self.0.push(']');
    }

    /// A `serde_json::Value` (object keys in the map's order, numbers as serde_json writes them).
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::Null => self.raw("null"),
            Value::Bool(b) => self.bool(*b),
            Value::Number(n) => self.raw(&n.to_string()),
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.separate();
                self.0.push('[');
                for item in items {
                    self.value(item);
                }
                self.0.push(']');
            }
            Value::Object(map) => {
                self.begin_object();
                for (key, item) in map {
                    self.key(key);
                    self.value(item);
                }
                self.end_object();
            }
        }
    }

    pub fn optional<T: ToJson>(&mut self, item: Option<&T>) {
        match item {
            Some(item) => item.write(self),
            None => self.raw("null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_writer_escapes_strings_as_serde_json_does() {
        let all: String = (0u32..0x80).chain([0xe9, 0x2028, 0x1f600]).filter_map(char::from_u32).collect();
        for s in ["", "plain", "a\"b\\c", "\u{7f}\u{0}x\u{1f}", "é ✓ 😀", all.as_str()] {
            let mut w = Writer::default();
            w.string(s);
            assert_eq!(w.0, serde_json::to_string(s).unwrap());
        }
        let mut w = Writer::default();
        w.begin_object();
        w.key("a");
        w.strings(&["x".into(), "y".into()]);
        w.key("b");
        w.strings(&[]);
        w.key("c");
        w.opt_string(None);
        w.key("d");
        w.bool(false);
        w.end_object();
        assert_eq!(w.0, r#"{"a":["x","y"],"b":[],"c":null,"d":false}"#);
    }

    #[test]
    fn errors_name_the_path_and_the_types() {
        let read = |v: Value| -> Result<Vec<Vec<String>>, Error> {
            let mut f = Fields::new(v)?;
            f.or_default("lists", |v| list(v, strings))
        };
        assert_eq!(
            read(json!({"lists": [["a"], ["b", 1]]})).unwrap_err(),
            "lists[1][1]: expected a string, found a number"
        );
        assert_eq!(read(json!({"lists": 3})).unwrap_err(), "lists: expected an array, found a number");
        assert_eq!(read(json!([])).unwrap_err(), "expected an object, found an array");
        assert_eq!(read(json!({})).unwrap(), Vec::<Vec<String>>::new());
        assert_eq!(unsigned(json!(-1)).unwrap_err(), "expected a whole number from 0 to 4294967295, found a number");
        assert_eq!(
            unsigned(json!(4_294_967_296u64)).unwrap_err(),
            "expected a whole number from 0 to 4294967295, found a number"
        );
        assert_eq!(unsigned(json!(2.5)).unwrap_err(), "expected a whole number from 0 to 4294967295, found a number");
        assert_eq!(unsigned(json!(7)).unwrap(), 7);
        assert_eq!(optional(json!(null), string).unwrap(), None);
        assert_eq!(
            one_of(json!("big"), &[1u8, 2], |n| if n == 1 { "one" } else { "two" }).unwrap_err(),
            "unknown value \"big\", expected one of one, two"
        );
    }

    #[test]
    fn decimal_writes_what_display_writes() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            seed
        };
        // Sizes and opacities as pages have them: the same text as Display.
        let mut values = vec![0.0, -0.0, 1.0, 0.5, 0.05, 300.0, 150.5, 1e-7, 1.5e-7, 1e15, 1e16, 1e21, 1e300, 5e-324];
        values.extend([f64::MAX, f64::MIN_POSITIVE, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.1 + 0.2, 1.0 / 3.0]);
        for _ in 0..20_000 {
            values.push((next() >> 34) as f64 / 1000.0);
            values.push((next() >> 44) as f64 / 3.0);
        }
        for x in values {
            assert_eq!(decimal(x), x.to_string(), "{x:e}");
        }
        // Any number: the shortest text that reads back as it. Where two such texts are as near,
        // the last digit may differ from Display's.
        for _ in 0..20_000 {
            let x = f64::from_bits(next());
            let (ours, display) = (decimal(x), x.to_string());
            if x.is_nan() || ours == display {
                continue;
            }
            assert_eq!(ours.parse::<f64>().ok(), Some(x), "{x:e}");
            assert_eq!(ours.len(), display.len(), "{x:e}");
            assert_eq!(ours[..ours.len() - 1], display[..display.len() - 1], "{x:e}");
        }
    }

    #[test]
    fn the_parser_reads_what_serde_json_reads() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let mut texts: Vec<String> = [
            "",
            " ",
            "null",
            " true ",
            "false",
            "nul",
            "nulx",
            "tru",
            "[]",
            "{}",
            "[1,]",
            "[,1]",
            "[1 2]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\":1,\"a\":2}",
            "{\"b\":[{}],\"a\":{\"c\":null}}",
            "[1]x",
            "\"abc",
            "\"a\\\"b\"",
            "\"\\/\\b\\f\\n\\r\\t\\\\\"",
            "\"\\u00e9\\u2028\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ud83dx\"",
            "\"\\ud83d\\u0041\"",
            "\"\\ude00\"",
            "\"\\uZZZZ\"",
            "\"\\x\"",
            "\"a\u{1}b\"",
            "\"a\u{7f}é😀\"",
            "0",
            "-0",
            "00",
            "01",
            "-",
            "-a",
            "1.",
            "1.e5",
            ".5",
            "1e",
            "1e+",
            "1E-2",
            "0.1",
            "-0.0",
            "1.5e300",
            "1e309",
            "-1e309",
            "1e-400",
            "0e999999999999",
            "1e999999999999",
            "1e-999999999999",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "184467440737095516150.5",
            "1844674407370955161.5",
            "123456789012345678901234567890",
            "0.000000000000000000000000000001234",
            "2.2250738585072014e-308",
            "4.9e-324",
            "1.7976931348623157e308",
            "[1,{\"a\":[true,null,-2.5e-3]}]",
        ]
        .map(String::from)
        .to_vec();
        texts.extend([deep(126), deep(127), deep(128), deep(200), "[".repeat(300)]);
        for text in &texts {
            match (parse(text), serde_json::from_str::<Value>(text)) {
                (Ok(ours), Ok(theirs)) => {
                    assert_eq!(ours, theirs, "{text:?}");
                    assert_eq!(ours.to_string(), theirs.to_string(), "{text:?}");
                }
                (Err(_), Err(_)) => {}
                (ours, theirs) => panic!("{text:?}: {ours:?} against {theirs:?}"),
            }
        }
        assert_eq!(parse("[1,]").unwrap_err(), "trailing comma at line 1 column 4");
        assert_eq!(parse("{\n  \"a\": tru }").unwrap_err(), "expected ident at line 2 column 11");
        assert_eq!(parse("").unwrap_err(), "EOF while parsing a value at line 1 column 0");
        assert_eq!(parse(&deep(128)).unwrap_err(), "recursion limit exceeded at line 1 column 128");
    }

    #[test]
    fn a_missing_required_field_is_named() {
        let mut f = Fields::new(json!({"a": 1})).unwrap();
        assert_eq!(f.field("b", string).unwrap_err(), "missing field `b`");
        assert_eq!(f.field("a", string).unwrap_err(), "a: expected a string, found a number");
    }
}
