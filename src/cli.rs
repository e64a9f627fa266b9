//! The command line (clap derive). Flags become the top layer of the rules.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::report::Format;

/// Checks whether news reports agree on the facts.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Groups the figures of a bundle of articles and says where they disagree.
    /// Exit status: 0 no conflict, 1 conflicts found, 2 an error.
    Check(Run),
    /// Lists every claim found in each article.
    Extract(Run),
    /// Shows or checks rules files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Prints a check's documentation: what it does, why, an example (e.g. `explain CC001`).
    Explain {
        /// The check's code or name (`CC001`, `conflicting-count`).
        code: String,
        #[arg(long = "rules", value_name = "FILE")]
        rules: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct Run {
    /// Articles: files (.txt, .md, .jsonl), folders, or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: Format,
    /// A rules file laid over the built-in rules (repeatable; later files win).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// How far an approximate figure may stray, as a fraction (the top layer over `judge.approx`).
    #[arg(long, value_name = "FRACTION")]
    pub approx: Option<f64>,
    /// Only the groups with these verdicts (check only): e.g. `--only conflict,compatible`.
    #[arg(long, value_name = "VERDICTS")]
    pub only: Option<String>,
    /// Also list groups that were nearly one, and why they were kept apart (check only).
    #[arg(long)]
    pub explain: bool,
    /// Write the report to FILE (whole or not at all) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Prints the merged rules as TOML.
    Show {
        #[arg(long = "rules", value_name = "FILE")]
        rules: Vec<PathBuf>,
    },
    /// Checks one rules file.
    Check { file: PathBuf },
    /// Runs the examples a rules file gives for its predicates: each must (or must not) match.
    Test { file: PathBuf },
}
