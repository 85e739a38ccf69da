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

/// The JSON text as a value; the error is serde_json's (with line and column).
pub fn parse(text: &str) -> Result<Value, Error> {
    serde_json::from_str::<Value>(text).map_err(|e| e.to_string())
}

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
    let i = pick(v, all.len(), &|i| all.get(i).map_or("", |t| name(*t)))?;
    all.get(i).copied().ok_or_else(String::new)
}

/// The index of the name (`name` of 0 to `n`) that is the string `v` (one copy of the search for
/// every [`one_of`]).
fn pick(v: Value, n: usize, name: &dyn Fn(usize) -> &'static str) -> Result<usize, Error> {
    let text = string(v)?;
    (0..n).find(|&i| name(i) == text).ok_or_else(|| {
        let names: Vec<&str> = (0..n).map(name).collect();
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
    fn a_missing_required_field_is_named() {
        let mut f = Fields::new(json!({"a": 1})).unwrap();
        assert_eq!(f.field("b", string).unwrap_err(), "missing field `b`");
        assert_eq!(f.field("a", string).unwrap_err(), "a: expected a string, found a number");
    }
}
