# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/appeal"

RSpec.describe DiscourseMediation::Rules::DueProcess::Appeal do
  let(:told) { Time.utc(2026, 12, 1, 12) }

  def refusal(
    enabled: true,
    sanctioned: true,
    told_at: told,
    appealed_at: nil,
    now: told + 86_400,
    days: 14,
    roll_can_decide: -> { true }
  )
    described_class.refusal(
      enabled:,
      sanctioned:,
      told_at:,
      appealed_at:,
      now:,
      days:,
      roll_can_decide:,
    )
  end

  it "is open once, within the set days after the person was told the outcome" do
    expect(refusal).to be_nil
    expect(refusal(now: told + 14 * 86_400)).to be_nil
    expect(refusal(now: told + 14 * 86_400 + 1)).to eq(:appeal_too_late)
    expect(refusal(appealed_at: told + 60)).to eq(:already_appealed)
  end

  it "is off without an appeal group, and there is nothing to appeal in No action" do
    expect(refusal(enabled: false)).to eq(:appeals_off)
    expect(refusal(sanctioned: false)).to eq(:nothing_to_appeal)
    expect(refusal(told_at: nil)).to eq(:not_told_yet)
  end

  it "offers No action first, up to the sanction carried out, and nothing more severe" do
    options = %w[no_action formal_warning cool_down suspension]
    expect(described_class.options(ballot_options: options, carried_out: "cool_down")).to eq(
      %w[no_action formal_warning cool_down],
    )
  end

  it "refuses an appeal the appeal groups cannot decide, and asks about the roll only when all else allows it" do
    expect(refusal(roll_can_decide: -> { false })).to eq(:appeal_roll_too_small)
    expect(refusal(enabled: false, roll_can_decide: -> { raise "not asked" })).to eq(:appeals_off)
  end
end
