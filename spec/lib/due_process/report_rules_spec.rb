# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/report_rules"

RSpec.describe DiscourseMediation::Rules::DueProcess::ReportRules do
  let(:published) { %w[personal-attacks doxxing] }
  let(:sanctions) { %w[formal_warning suspension] }

  def draft(**attrs)
    described_class::Draft.new(
      what_happened: "Repeated insults in the thread.",
      mediation_course: "A public note, then a private conversation.",
      why_unresolved: "The insults continued after both.",
      cited_keys: ["personal-attacks"],
      recommended_keys: ["formal_warning"],
      **attrs,
    )
  end

  def missing(report)
    described_class.missing_parts(report, published_keys: published, sanction_keys: sanctions)
  end

  it "finds nothing missing in a complete report" do
    expect(missing(draft)).to eq([])
  end

  it "lists every missing part, in the editor's order" do
    empty = described_class::Draft.new(what_happened: " ", cited_keys: [], recommended_keys: nil)
    expect(missing(empty)).to eq(
      %i[what_happened mediation_course why_unresolved cited_items recommended_steps],
    )
  end

  it "needs at least one cited item that is on the published list" do
    expect(missing(draft(cited_keys: ["retired-item"]))).to eq([:cited_items])
  end

  it "needs at least one recommended sanction; No action is on every ballot anyway" do
    expect(missing(draft(recommended_keys: ["no_action"]))).to eq([:recommended_steps])
  end

  it "names keys that are neither on the list nor on the ladder" do
    expect(
      described_class.unknown_keys(
        draft(
          cited_keys: %w[personal-attacks made-up],
          recommended_keys: %w[formal_warning banishment],
        ),
        published_keys: published,
        sanction_keys: sanctions,
      ),
    ).to eq(%w[made-up banishment])
  end

  it "counts the length of each text in characters" do
    expect(described_class.too_long_parts(draft(what_happened: "é" * 10_000))).to eq([])
    expect(described_class.too_long_parts(draft(why_unresolved: "é" * 10_001))).to eq(
      [:why_unresolved],
    )
  end

  it "reads a draft from anything that answers to the parts' names" do
    source =
      Struct.new(
        :what_happened,
        :mediation_course,
        :why_unresolved,
        :cited_keys,
        :recommended_keys,
        :extra,
      )
    draft = described_class.draft_of(source.new("a", "b", "c", ["x"], ["y"], "ignored"))
    expect(draft.to_h).to eq(
      what_happened: "a",
      mediation_course: "b",
      why_unresolved: "c",
      cited_keys: ["x"],
      recommended_keys: ["y"],
    )
  end
end
