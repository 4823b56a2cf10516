//! Steps: a code's guidance for one system, the lines that send the person to the helpline,
//! the helpline's own questions, and every step with the systems it is for.

use super::Locale;
use crate::code::FindingCode;
use crate::os_family::OsFamily;
use crate::report::ArgValue;

/// The systems a step can be marked for, in the order steps for them are listed.
pub(super) const MARKED_SYSTEMS: [OsFamily; 3] =
    [OsFamily::Windows, OsFamily::Macos, OsFamily::Linux];

/// One step, with the systems it is for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub text: String,
    /// `windows`, `macos`, `linux`; absent when it is for every system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platforms: Option<Vec<&'static str>>,
}

impl Locale {
    /// The steps to take for a code on this locale's system, one per element: its guidance,
    /// then the steps that send the person to the helpline.
    pub fn guidance(&self, code: FindingCode) -> Vec<String> {
        let mut steps = self.caller_steps(code, self.os);
        steps.extend(self.attribute_lines(code, "escalate", self.os));
        steps
    }

    /// The steps for the person at the computer, without the ones that send them to the
    /// helpline: what the helpline reads out.
    pub fn caller_steps(&self, code: FindingCode, os: OsFamily) -> Vec<String> {
        self.attribute_lines(code, "guidance", os)
    }

    /// Steps for the helpline staff member on the phone, if the code has any.
    pub fn ask(&self, code: FindingCode) -> Vec<String> {
        self.attribute_lines(code, "ask", self.os)
    }

    /// Every step of a code (guidance, then escalation) for every system, each with the
    /// systems it is for: a step that every marked system has is for all.
    pub fn steps(&self, code: FindingCode) -> Vec<Step> {
        let per_system: Vec<Vec<String>> = MARKED_SYSTEMS
            .iter()
            .map(|os| {
                let mut steps = self.caller_steps(code, *os);
                steps.extend(self.attribute_lines(code, "escalate", *os));
                steps
            })
            .collect();
        let longest = per_system.iter().map(Vec::len).max().unwrap_or(0);
        let mut steps: Vec<Step> = Vec::new();
        // Walking the lists side by side keeps a system's variant where its step stands.
        for index in 0..longest {
            for list in &per_system {
                let Some(text) = list.get(index) else {
                    continue;
                };
                if steps.iter().any(|s| &s.text == text) {
                    continue;
                }
                let systems: Vec<&'static str> = MARKED_SYSTEMS
                    .iter()
                    .zip(&per_system)
                    .filter(|(_, steps)| steps.contains(text))
                    .map(|(os, _)| os.id())
                    .collect();
                steps.push(Step {
                    text: text.clone(),
                    platforms: (systems.len() < MARKED_SYSTEMS.len()).then_some(systems),
                });
            }
        }
        steps
    }

    /// An attribute of a code's message, one element per non-empty line, with `$os` set.
    fn attribute_lines(&self, code: FindingCode, attribute: &str, os: OsFamily) -> Vec<String> {
        let os = ArgValue::from(os.id());
        self.code_part(code, Some(attribute), &[("os", os)])
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }
}
