//! The verdict in words: each login method's name and why it is not ready, for every renderer.

use crate::locale::Locale;
use crate::report::{ArgValue, MethodReadiness, Readiness, Report, Verdict};

/// One login method, in words.
#[derive(Debug, Clone)]
pub struct MethodView {
    /// What the verdict says of it.
    pub readiness: MethodReadiness,
    /// Its name in the reader's language.
    pub name: String,
    /// Why it is not ready or not checked: the report's lines to see, the checks not run.
    pub why: String,
    /// For a method that was switched off: the sentence that says so.
    pub gone: Option<String>,
}

/// The verdict and its methods, in words.
#[derive(Debug, Clone)]
pub struct VerdictView {
    pub verdict: Verdict,
    pub methods: Vec<MethodView>,
    /// The ways in that need no computer, said when no method in scope can work here.
    pub alternatives: Vec<String>,
}

impl VerdictView {
    /// `lines` are the report's numbered lines: each check's id and number.
    pub fn new(report: &Report, lines: &[(&str, usize)], locale: &Locale) -> VerdictView {
        let line_of = |id: &str| lines.iter().find(|(c, _)| *c == id).map(|(_, n)| *n);
        let why = |ids: &[&'static str]| {
            let mut lines: Vec<usize> = ids.iter().filter_map(|id| line_of(id)).collect();
            lines.sort_unstable();
            let unrun: Vec<String> = ids
                .iter()
                .filter(|id| line_of(id).is_none())
                .map(|id| locale.check_title(id))
                .collect();
            let mut why = Vec::new();
            if !lines.is_empty() {
                let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                why.push(locale.ui("methods-see", &[("lines", lines.join(", ").into())]));
            }
            if !unrun.is_empty() {
                why.push(locale.ui("methods-not-run", &[("checks", unrun.join(", ").into())]));
            }
            why.join("; ")
        };
        let methods = report
            .methods
            .iter()
            .map(|entry| {
                let name = method_name(locale, &entry.id);
                let (why, gone) = match entry.status {
                    Readiness::Ready => (String::new(), None),
                    Readiness::NotReady => (why(&entry.blocked_by), None),
                    Readiness::NotChecked => (why(&entry.not_checked), None),
                    Readiness::Discontinued => {
                        let since = entry.since.map_or(ArgValue::from(""), ArgValue::from);
                        let args = [("since", since), ("method", name.as_str().into())];
                        let gone = locale
                            .ui_if(&format!("method-gone-{}", entry.id), &args)
                            .unwrap_or_else(|| locale.ui("method-gone", &args));
                        (String::new(), Some(gone))
                    }
                };
                MethodView {
                    readiness: entry.clone(),
                    name,
                    why,
                    gone,
                }
            })
            .collect();
        let alternatives = report
            .alternatives
            .iter()
            .map(|id| locale.ui(&format!("alternative-{id}"), &[]))
            .collect();
        VerdictView {
            verdict: report.verdict.clone(),
            methods,
            alternatives,
        }
    }
}

/// A login method's name in the reader's language; a method the locale files do not know
/// (added by a helpdesk's profile) is shown by its id.
pub fn method_name(locale: &Locale, id: &str) -> String {
    locale
        .ui_if(&format!("method-{id}"), &[])
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;
    use crate::report::VerdictStatus;

    fn method(id: &str, status: Readiness, blocked_by: &[&'static str]) -> MethodReadiness {
        MethodReadiness {
            id: id.to_owned(),
            status,
            blocked_by: blocked_by.to_vec(),
            not_checked: vec!["java"],
            since: None,
        }
    }

    #[test]
    fn every_renderer_gets_the_methods_in_the_readers_words() {
        let verdict = Verdict {
            status: VerdictStatus::NotReady,
            scope: vec!["buypass-smartcard".into()],
            ready: vec![],
        };
        let mut report = Report::of(vec![], verdict);
        report.methods = vec![
            method("buypass-smartcard", Readiness::NotReady, &["card-reader"]),
            method("bankid", Readiness::NotChecked, &[]),
        ];
        report.alternatives = vec!["helsenorge-app".into()];
        let nb = Locale::new(Lang::Nb);
        let view = VerdictView::new(&report, &[("card-reader", 1)], &nb);
        let methods = &view.methods;
        assert_eq!(methods[0].name, "Buypass ID på smartkort");
        assert!(methods[0].why.contains('1'), "{}", methods[0].why);
        // A check that did not run is named by its title, in the reader's language.
        assert!(methods[1].why.contains("Java"), "{}", methods[1].why);
        assert_eq!(methods[1].readiness.status, Readiness::NotChecked);
        assert!(view.alternatives[0].contains("Helsenorge-appen"));
    }
}
