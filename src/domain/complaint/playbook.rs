//! Resolution scripts (话术): one plain Markdown file per complaint type under
//! `playbook/` in the store, shown with the complaint. They hold no personal data and
//! are committed in the clear, so that a company edits them like any document. `hk
//! init` writes the defaults below: apologise, listen, resolve, follow up (道歉, 倾听,
//! 解决, 回访), with the resolving step fitted to each default type.

use super::policy::ComplaintType;

/// The folder, relative to the store root.
pub const FOLDER: &str = "playbook";

/// `playbook/<key>.md`.
pub fn file_name(type_key: &str) -> String {
    format!("{FOLDER}/{type_key}.md")
}

/// What to do about each default type in the resolving step.
fn resolve_steps(key: &str) -> &'static [&'static str] {
    match key {
        "late" => &[
            "说明迟到原因，不找借口；确认客户今天还需要的服务时间。",
            "按公司规定给予补偿（如本次优惠或赠送服务时长）。",
            "调整排班，下次预约前一天再次确认上门时间。",
        ],
        "quality" => &[
            "请客户指出不满意的地方，必要时拍照记录。",
            "24 小时内安排返工（redo），由主管现场检查。",
            "把问题告诉服务人员，必要时安排培训。",
        ],
        "damage" => &[
            "请客户保留损坏物品并拍照，记录物品、购买时间和价格。",
            "主管上门查看，按公司赔偿标准与客户商定赔偿（refund）。",
            "查明原因（如高处物品未挪开），写入根本原因。",
        ],
        "attitude" => &[
            "向客户了解经过，分别听取服务人员的说法。",
            "由主管向客户正式道歉；客户要求时更换服务人员。",
            "记录在服务人员的培训计划中。",
        ],
        "safety" => &[
            "先确认人身安全：有人受伤立即就医，有危险先停止服务。",
            "1 小时内由负责人联系客户，当天上门处理。",
            "记录隐患和处理经过，检查其他客户家是否有同样的风险。",
        ],
        "billing" => &[
            "核对服务记录和收费标准，向客户逐项解释。",
            "多收的费用当天退还（refund），并说明原因。",
            "报价不清楚的地方，改进报价单。",
        ],
        _ => &["弄清客户希望的结果。", "提出解决办法，征得客户同意后执行。"],
    }
}

/// The default script for one type.
pub fn default_text(t: &ComplaintType) -> String {
    let mut s = format!("# {} 处理话术\n\n", t.label);
    s.push_str(
        "这是公司的处理话术，不写客户的个人信息。请按本公司的做法修改。\n\n\
         ## 1. 道歉\n\n\
         - 先道歉，再解释：\"非常抱歉给您带来不便，这是我们的责任。\"\n\
         - 报上自己的姓名和职务，告诉客户由您负责跟进。\n\n\
         ## 2. 倾听\n\n\
         - 让客户把话说完，不打断，不争辩。\n\
         - 复述客户的诉求，确认理解无误；用 `hk complaint log ID --contact` 记下这次联系。\n\n\
         ## 3. 解决\n\n",
    );
    for step in resolve_steps(&t.key) {
        s.push_str(&format!("- {step}\n"));
    }
    s.push_str(
        "- 告诉客户处理结果和时间，用 `hk complaint resolve ID --resolution …` 记录。\n\n\
         ## 4. 回访\n\n\
         - 解决后几天内回访（`hk followup due` 会列出），询问客户是否满意。\n\
         - 用 `hk complaint close ID --verdict satisfied|unsatisfied` 记下客户的评价。\n\
         - 客户仍不满意时，用 `hk complaint reopen ID` 重新处理。\n",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaint::policy::ComplaintPolicy;

    #[test]
    fn every_default_type_has_the_four_steps() {
        for t in ComplaintPolicy::default().types {
            let text = default_text(&t);
            for step in ["道歉", "倾听", "解决", "回访"] {
                assert!(text.contains(&format!(". {step}")), "{}: {step}", t.key);
            }
            assert!(text.starts_with(&format!("# {}", t.label)));
        }
        assert!(default_text(&ComplaintPolicy::default().types[2]).contains("赔偿"));
        assert_eq!(file_name("damage"), "playbook/damage.md");
    }
}
