# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/archive_filter"

RSpec.describe DiscourseMediation::Rules::Record::ArchiveFilter do
  let(:outcomes) { %w[no_action formal_warning] }

  def parse(params)
    described_class.parse(params, outcome_keys: outcomes)
  end

  it "reads every filter" do
    filter =
      parse(
        outcome: "formal_warning",
        state: "archived",
        from: "2026-01-01",
        to: "2026-06-30",
        q: " parser ",
      )
    expect(filter.to_h).to eq(
      outcome: "formal_warning",
      states: ["archived"],
      from: Date.new(2026, 1, 1),
      to: Date.new(2026, 6, 30),
      query: "parser",
    )
  end

  it "ignores what does not parse, so a shared link keeps working" do
    filter =
      parse(outcome: "banishment", state: "deleted", from: "yesterday", to: "2026-13-40", q: "   ")
    expect(filter.to_h).to eq(
      outcome: nil,
      states: described_class::STATES,
      from: nil,
      to: nil,
      query: nil,
    )
  end

  it "ignores a date too long for Ruby to parse instead of failing" do
    expect(parse(from: "2026-01-01#{"0" * 200}").from).to be_nil
  end

  it "swaps a range given backwards" do
    filter = parse(from: "2026-06-30", to: "2026-01-01")
    expect([filter.from, filter.to]).to eq([Date.new(2026, 1, 1), Date.new(2026, 6, 30)])
  end

  it "keeps a search to a sensible length" do
    expect(parse(q: "x" * 500).query.length).to eq(100)
  end
end
