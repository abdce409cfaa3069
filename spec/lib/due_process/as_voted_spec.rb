# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/as_voted"

RSpec.describe DiscourseMediation::Rules::DueProcess::AsVoted do
  let(:options) { %w[no_action formal_warning cool_down suspension] }
  let(:cool_down) do
    described_class::Step.new(key: "cool_down", duration_days: 7, review_days: nil)
  end
  let(:warning) do
    described_class::Step.new(key: "formal_warning", duration_days: nil, review_days: 180)
  end
  let(:suspension) do
    described_class::Step.new(key: "suspension", duration_days: 30, review_days: nil)
  end

  def errors(chosen: cool_down, duration_days: 7, review_days: nil, change_reason: "")
    described_class.errors(
      options:,
      decided: "cool_down",
      chosen:,
      duration_days:,
      review_days:,
      change_reason:,
    )
  end

  it "offers the decided step and every less severe option, the decided one first" do
    expect(described_class.allowed_keys(options:, decided: "cool_down")).to eq(
      %w[cool_down formal_warning no_action],
    )
  end

  it "accepts the step as voted, with its own duration, without a reason" do
    expect(errors).to be_empty
  end

  it "never lengthens the voted duration: 60 days for a 7-day cool-down is refused" do
    expect(errors(duration_days: 60, change_reason: "Needed")).to eq([:longer_than_voted])
  end

  it "never chooses a more severe step" do
    expect(errors(chosen: suspension, duration_days: 30, change_reason: "Needed")).to eq(
      [:more_severe_than_voted],
    )
  end

  it "allows a shorter duration or a less severe step, with a reason" do
    expect(errors(duration_days: 3)).to eq([:change_reason_missing])
    expect(errors(duration_days: 3, change_reason: "First time")).to be_empty
    expect(
      errors(chosen: warning, duration_days: nil, review_days: 180, change_reason: "Apologised"),
    ).to be_empty
    expect(errors(chosen: warning, duration_days: nil, review_days: 180)).to eq(
      [:change_reason_missing],
    )
  end

  it "never puts a review later than the voted step's own" do
    expect(errors(chosen: warning, duration_days: nil, review_days: 365, change_reason: "x")).to eq(
      [:later_review_than_voted],
    )
    expect(
      errors(chosen: warning, duration_days: nil, review_days: 90, change_reason: "x"),
    ).to be_empty
  end

  it "knows a change from the vote from the vote itself" do
    expect(
      described_class.changed?(
        decided: "cool_down",
        chosen: cool_down,
        duration_days: 7,
        review_days: nil,
      ),
    ).to eq(false)
    expect(
      described_class.changed?(
        decided: "cool_down",
        chosen: cool_down,
        duration_days: 5,
        review_days: nil,
      ),
    ).to eq(true)
    expect(
      described_class.changed?(
        decided: "cool_down",
        chosen: warning,
        duration_days: nil,
        review_days: 180,
      ),
    ).to eq(true)
  end
end
