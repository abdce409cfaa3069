# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/name_keeping"

RSpec.describe DiscourseMediation::Rules::Record::NameKeeping do
  let(:now) { Time.utc(2026, 12, 3, 12) }
  let(:months_ago) do
    ->(months) { DiscourseMediation::Rules::Record::Forgiveness.months_ago(now, months) }
  end

  def named?(
    state: "closed",
    outcome: "no_action",
    ended_at: now,
    sanction_ends_at: nil,
    review_at: nil,
    forgiveness: 12,
    sanction_names: -1
  )
    described_class.named?(
      state:,
      outcome:,
      ended_at:,
      sanction_ends_at:,
      review_at:,
      now:,
      forgiveness_months: forgiveness,
      sanction_names_months: sanction_names,
    )
  end

  it "never names the person concerned in a withdrawn or resolved case, however recent" do
    expect(named?(state: "withdrawn", outcome: nil)).to eq(false)
    expect(named?(state: "resolved", outcome: nil)).to eq(false)
  end

  it "names them in a case decided with No action until the forgiveness period after it ended" do
    expect(named?(ended_at: months_ago.(12) + 60)).to eq(true)
    expect(named?(ended_at: months_ago.(12))).to eq(false)
    expect(named?(ended_at: months_ago.(3), forgiveness: 2)).to eq(false)
  end

  it "counts from the end of a sanction, using the forgiveness period unless a period of its own is set" do
    ended = months_ago.(20)
    ends = months_ago.(6)
    expect(named?(outcome: "suspension", ended_at: ended, sanction_ends_at: ends)).to eq(true)
    expect(
      named?(outcome: "suspension", ended_at: ended, sanction_ends_at: ends, sanction_names: 3),
    ).to eq(false)
    expect(named?(outcome: "suspension", ended_at: ended, sanction_ends_at: months_ago.(13))).to eq(
      false,
    )
  end

  it "counts a warning, which has no end, from its review date" do
    expect(
      named?(outcome: "formal_warning", ended_at: months_ago.(30), review_at: months_ago.(11)),
    ).to eq(true)
    expect(
      named?(outcome: "formal_warning", ended_at: months_ago.(30), review_at: months_ago.(13)),
    ).to eq(false)
  end

  it "forgets at once when the forgiveness period is zero" do
    expect(named?(ended_at: now - 60, forgiveness: 0)).to eq(false)
  end
end
