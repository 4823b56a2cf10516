//! `java -version` output: any text gives an answer, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let info = loginsjekk::checks::java::version_output::parse(&text);
    if let Some(version) = info.version {
        assert!(version.feature > 0);
        assert!(text.contains(&version.text));
    }
});
