# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/transparency"

RSpec.describe DiscourseMediation::Rules::Record::Transparency do
  let(:outcomes) { %w[no_action formal_warning suspension] }

  def at(month, day, hour = 12)
    Time.utc(2026, month, day, hour)
  end

  def kase(**attrs)
    described_class::Case.new(**attrs)
  end

  def aggregate(requests: [], cases: [], period: :month)
    described_class.aggregate(requests:, cases:, period:, outcome_keys: outcomes)
  end

  it "names months and quarters" do
    expect(described_class.period_key(at(11, 23), :month)).to eq("2026-11")
    expect(described_class.period_key(at(11, 23), :quarter)).to eq("2026-Q4")
    expect(described_class.period_key(at(1, 1), :quarter)).to eq("2026-Q1")
    expect(described_class.period_key(at(3, 31), :quarter)).to eq("2026-Q1")
    expect(described_class.period_key(at(4, 1), :quarter)).to eq("2026-Q2")
  end

  it "counts requests, resolutions and escalations in the period each happened" do
    rows =
      aggregate(
        requests: [at(10, 1), at(10, 2), at(10, 3), at(11, 1), at(11, 2), at(11, 3), at(11, 4)],
        cases: [
          kase(opened_at: at(10, 1), resolved_at: at(10, 5)),
          kase(opened_at: at(10, 2), resolved_at: at(10, 6)),
          kase(opened_at: at(10, 3), resolved_at: at(11, 2)),
          kase(opened_at: at(11, 1), escalated_at: at(11, 3)),
        ],
      )
    expect(rows.map { _1[:period] }).to eq(%w[2026-10 2026-11])
    expect(rows[0]).to include(requests: 3, resolved: "fewer_than_3", escalated: 0)
    expect(rows[1]).to include(requests: 4, resolved: "fewer_than_3", escalated: "fewer_than_3")
  end

  it "shows counts of one or two as fewer than 3, and zero and three as they are" do
    expect(described_class.count(0)).to eq(0)
    expect(described_class.count(1)).to eq("fewer_than_3")
    expect(described_class.count(2)).to eq("fewer_than_3")
    expect(described_class.count(3)).to eq(3)
  end

  it "counts each outcome, hiding small ones, and lists outcomes nobody reached" do
    decided =
      Array.new(4) { kase(opened_at: at(11, 1), decided_at: at(11, 20), outcome: "no_action") }
    decided << kase(opened_at: at(11, 1), decided_at: at(11, 21), outcome: "suspension")
    row = aggregate(cases: decided).first
    expect(row[:outcomes]).to eq(
      "no_action" => 4,
      "formal_warning" => 0,
      "suspension" => "fewer_than_3",
    )
  end

  it "gives median times only over three cases or more" do
    two = [1, 3].map { |h| kase(opened_at: at(11, 1, 0), first_response_at: at(11, 1, h)) }
    expect(aggregate(cases: two).first[:median_first_response_hours]).to be_nil

    three = [1, 3, 8].map { |h| kase(opened_at: at(11, 1, 0), first_response_at: at(11, 1, h)) }
    expect(aggregate(cases: three).first[:median_first_response_hours]).to eq(3.0)

    four = [1, 3, 5, 8].map { |h| kase(opened_at: at(11, 1, 0), first_response_at: at(11, 1, h)) }
    expect(aggregate(cases: four).first[:median_first_response_hours]).to eq(4.0)
  end

  it "measures the time to a decision from the request, in days" do
    cases =
      [10, 12, 20].map do |d|
        kase(opened_at: at(11, 1), decided_at: at(11, 1 + d), outcome: "no_action")
      end
    expect(aggregate(cases:).first[:median_days_to_decision]).to eq(12.0)
  end

  it "folds months into quarters" do
    rows = aggregate(requests: [at(10, 1), at(11, 1), at(12, 1)], period: :quarter)
    expect(rows).to match([hash_including(period: "2026-Q4", requests: 3)])
  end

  it "returns nothing for a quiet time" do
    expect(aggregate).to eq([])
  end

  it "starts months and quarters on their first day, and finds the next one across a year's end" do
    expect(described_class.period_start(at(11, 23, 17), :month)).to eq(Time.utc(2026, 11, 1))
    expect(described_class.period_start(at(11, 23), :quarter)).to eq(Time.utc(2026, 10, 1))
    expect(described_class.period_start(at(3, 31), :quarter)).to eq(Time.utc(2026, 1, 1))
    expect(described_class.next_period_start(Time.utc(2026, 12, 1), :month)).to eq(
      Time.utc(2027, 1, 1),
    )
    expect(described_class.next_period_start(Time.utc(2026, 10, 1), :quarter)).to eq(
      Time.utc(2027, 1, 1),
    )
  end

  it "publishes a period kept as counts and medians exactly as one counted from its cases" do
    cases = [1, 3, 5, 8].map { |h| kase(opened_at: at(11, 1, 0), first_response_at: at(11, 1, h)) }
    cases << kase(opened_at: at(11, 1), decided_at: at(11, 20), outcome: "retired_step")
    rows = described_class.tally(requests: [at(11, 2)], cases:, period: :month)
    kept = described_class.summary(rows["2026-11"])
    expect(kept).to include(response_count: 4, median_response_hours: 4.0, decision_count: 1)
    expect(described_class.publishable("2026-11", kept, outcomes)).to eq(
      aggregate(requests: [at(11, 2)], cases:).first,
    )
    expect(described_class.publishable("2026-11", kept, outcomes)[:outcomes]).to include(
      "retired_step" => "fewer_than_3",
    )
  end

  it "lists the cases opened by where the conduct happened, every place, small counts hidden" do
    summary = described_class.summary(described_class.empty_row)
    row =
      described_class.publishable(
        "2026-11",
        summary.merge(opened_by_place: { "forum" => 7, "private_message" => 2, "elsewhere" => 4 }),
        outcomes,
      )
    expect(row[:cases_by_place]).to eq(
      "forum" => 7,
      "private_message" => described_class::FEWER,
      "elsewhere" => 4,
    )
    expect(described_class.publishable("2026-11", summary, outcomes)[:cases_by_place]).to eq(
      "forum" => 0,
      "private_message" => 0,
      "elsewhere" => 0,
    )
  end
end
