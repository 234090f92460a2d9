//! Renders a report as JSON, CSV or a Markdown summary.

use crate::report::Report;
use std::fmt::Write;

/// The report as the contract's JSON object.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// Quotes a CSV field when it needs it, and defuses spreadsheet formulas.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One CSV table of every finding, with a `kind` column.
pub fn csv(report: &Report, file: Option<&str>) -> String {
    let mut out = String::new();
    let file = file.unwrap_or("");
    if file.is_empty() {
        out.push_str("kind,text,category,value,unit,role,period,previous,comparisons,direction,owner,due,severity,start,end\n");
    }
    let mut row = |cells: [String; 15]| {
        let mut first = true;
        if !file.is_empty() {
            out.push_str(&csv_field(file));
            first = false;
        }
        for c in cells {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&csv_field(&c));
        }
        out.push('\n');
    };
    for i in &report.indicators {
        let comparisons = i
            .comparisons
            .iter()
            .map(|c| {
                format!(
                    "{}:{}",
                    serde_json::to_value(c.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    num(c.value)
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        row([
            "indicator".into(),
            i.metric.clone(),
            i.category.into(),
            num(i.value),
            i.unit.as_str().into(),
            enum_str(&i.role),
            i.period.clone().unwrap_or_default(),
            i.previous
                .as_ref()
                .map(|p| num(p.value))
                .unwrap_or_default(),
            comparisons,
            i.direction.map(|d| enum_str(&d)).unwrap_or_default(),
            String::new(),
            String::new(),
            String::new(),
            i.span.start.to_string(),
            i.span.end.to_string(),
        ]);
    }
    for a in &report.actions {
        row([
            "action".into(),
            a.text.clone(),
            String::new(),
            String::new(),
            String::new(),
            enum_str(&a.kind),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            a.owner.clone().unwrap_or_default(),
            a.due.clone().unwrap_or_default(),
            String::new(),
            a.span.start.to_string(),
            a.span.end.to_string(),
        ]);
    }
    for c in &report.concerns {
        row([
            "concern".into(),
            c.text.clone(),
            c.topic.into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            enum_str(&c.severity),
            c.span.start.to_string(),
            c.span.end.to_string(),
        ]);
    }
    out
}

/// The header line for CSV with a leading file column.
pub const CSV_HEADER_WITH_FILE: &str =
    "file,kind,text,category,value,unit,role,period,previous,comparisons,direction,owner,due,severity,start,end\n";

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// A Markdown summary for people.
pub fn markdown(report: &Report, title: Option<&str>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}", title.unwrap_or("Minutes summary"));
    let m = &report.meeting;
    if let Some(b) = &m.body {
        let _ = writeln!(s, "\n**Body:** {b}  ");
    }
    if let Some(p) = &m.period {
        let _ = writeln!(s, "**Period:** {p}  ");
    }
    if !m.people.is_empty() {
        let _ = writeln!(
            s,
            "**People:** {}",
            m.people
                .iter()
                .map(|p| format!("{} ({})", p.name, p.role))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    let _ = writeln!(s, "\n## Indicators ({})\n", report.indicators.len());
    if !report.indicators.is_empty() {
        let _ = writeln!(s, "| Metric | Value | Period | Previous | Benchmarks | Direction |\n|---|---|---|---|---|---|");
        for i in &report.indicators {
            let unit = match i.unit.as_str() {
                "percent" => "%".to_string(),
                "count" => String::new(),
                // "6.8:1", as minutes write it.
                "ratio" => ":1".to_string(),
                u => format!(" {u}"),
            };
            let _ = writeln!(
                s,
                "| {} | {}{} | {} | {} | {} | {} |",
                md_cell(&i.metric),
                num(i.value),
                unit,
                i.period.as_deref().unwrap_or(""),
                i.previous
                    .as_ref()
                    .map(|p| num(p.value))
                    .unwrap_or_default(),
                i.comparisons
                    .iter()
                    .map(|c| format!("{} {}", enum_str(&c.kind), num(c.value)))
                    .collect::<Vec<_>>()
                    .join(", "),
                i.direction.map(|d| enum_str(&d)).unwrap_or_default(),
            );
        }
    }
    let _ = writeln!(s, "\n## Actions and decisions ({})\n", report.actions.len());
    for a in &report.actions {
        let mut extra = Vec::new();
        if let Some(o) = &a.owner {
            extra.push(format!("owner: {o}"));
        }
        if let Some(d) = &a.due {
            extra.push(format!("due: {d}"));
        }
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!(" ({})", extra.join(", "))
        };
        let _ = writeln!(
            s,
            "- **{}**: {}{}",
            enum_str(&a.kind),
            md_cell(&a.text),
            extra
        );
    }
    let _ = writeln!(s, "\n## Concerns ({})\n", report.concerns.len());
    for c in &report.concerns {
        let _ = writeln!(
            s,
            "- **{}** [{}]: {}",
            enum_str(&c.severity),
            c.topic,
            md_cell(&c.text)
        );
    }
    s
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_defuses_formulas() {
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-5"), "-5");
    }

    #[test]
    fn csv_has_one_row_per_finding() {
        let r = crate::analyse("Re-referral rates were 17.4%. This is not acceptable.");
        let out = csv(&r, None);
        assert_eq!(
            out.lines().count(),
            1 + r.indicators.len() + r.actions.len() + r.concerns.len()
        );
        assert!(out.lines().nth(1).unwrap().starts_with("indicator,"));
    }

    #[test]
    fn markdown_writes_each_value_with_its_unit_as_minutes_do() {
        let r = crate::analyse("The pay ratio was 6.8:1. Turnover was 11.6%.");
        let out = markdown(&r, None);
        assert!(out.contains("| 6.8:1 |"), "{out}");
        assert!(out.contains("| 11.6% |"), "{out}");
    }
}
