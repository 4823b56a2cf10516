//! Renderers: the report as text, JSON or JUnit XML. They attach words; checks never do.

pub mod json;
pub mod junit;
pub mod method_view;
pub mod text;
pub mod view;

pub use view::{CheckView, FindingView, ReportView};

/// What a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Junit,
}
