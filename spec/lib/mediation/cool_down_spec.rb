# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/mediation/cool_down"

RSpec.describe DiscourseMediation::Rules::Mediation::CoolDown do
  def errors(**attrs)
    described_class.errors(described_class::Request.new(**attrs))
  end

  it "accepts slow mode of one post an hour for a day, with a reason" do
    expect(
      errors(mode: "slow_mode", interval_seconds: 3600, hours: 24, reason: "Let replies settle"),
    ).to eq([])
  end

  it "accepts a close for 12 hours with a reason" do
    expect(errors(mode: "close", hours: 12, reason: "A pause overnight")).to eq([])
  end

  it "refuses a mode it does not know" do
    expect(errors(mode: "delete", hours: 1, reason: "x")).to eq([:mode])
  end

  it "refuses a slow-mode interval Discourse does not offer" do
    expect(errors(mode: "slow_mode", interval_seconds: 5, hours: 1, reason: "x")).to eq([:interval])
  end

  it "ignores the interval when closing" do
    expect(errors(mode: "close", interval_seconds: nil, hours: 1, reason: "x")).to eq([])
  end

  it "refuses an open-ended or over-long cool-down" do
    expect(errors(mode: "close", hours: 0, reason: "x")).to eq([:hours])
    expect(errors(mode: "close", hours: 73, reason: "x")).to eq([:hours])
    expect(errors(mode: "slow_mode", interval_seconds: 600, hours: 169, reason: "x")).to eq(
      [:hours],
    )
    expect(errors(mode: "slow_mode", interval_seconds: 600, hours: 168, reason: "x")).to eq([])
  end

  it "needs a reason, which lands on the timeline" do
    expect(errors(mode: "close", hours: 2, reason: "   ")).to eq([:reason_missing])
    expect(errors(mode: "close", hours: 2, reason: nil)).to eq([:reason_missing])
  end

  it "counts the reason's length in characters" do
    expect(errors(mode: "close", hours: 2, reason: "é" * 500)).to eq([])
    expect(errors(mode: "close", hours: 2, reason: "é" * 501)).to eq([:reason_too_long])
  end

  it "lists every problem at once" do
    expect(errors(mode: "slow_mode", interval_seconds: 1, hours: 0, reason: "")).to eq(
      %i[interval hours reason_missing],
    )
  end
end
