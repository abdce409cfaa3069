# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/penalty"
require_relative "../support/eq_time"

RSpec.describe DiscourseMediation::Rules::DueProcess::Penalty do
  let(:now) { Time.utc(2026, 11, 23, 12) }

  def errors(kind, duration: nil, review: nil, max: 365)
    described_class.errors(kind:, duration_days: duration, review_days: review, max_days: max)
  end

  it "carries out each step with Discourse's own penalties" do
    expect(described_class::MEASURES).to eq(
      "no_action" => :none,
      "private_correction" => :message,
      "formal_warning" => :message,
      "coaching" => :coaching,
      "cool_down" => :silence,
      "suspension" => :suspend,
      "long_suspension" => :suspend,
    )
  end

  it "needs a duration for every silence or suspension, within the cap" do
    expect(errors("cool_down")).to eq([:duration_missing])
    expect(errors("suspension", duration: 0)).to eq([:duration_missing])
    expect(errors("suspension", duration: 30)).to eq([])
    expect(errors("suspension", duration: 366)).to eq([:duration_too_long])
    expect(errors("suspension", duration: 90, max: 60)).to eq([:duration_too_long])
  end

  it "needs a review date before the end of a long suspension" do
    expect(errors("long_suspension", duration: 365)).to eq([:review_missing])
    expect(errors("long_suspension", duration: 365, review: 365)).to eq([:review_after_end])
    expect(errors("long_suspension", duration: 365, review: 180)).to eq([])
  end

  it "needs nothing for No action or a message, and refuses a review beyond the cap" do
    expect(errors("no_action")).to eq([])
    expect(errors("formal_warning", review: 180)).to eq([])
    expect(errors("formal_warning", review: 400)).to eq([:review_too_late])
  end

  it "plans the end and review from now, in whole days" do
    plan =
      described_class.plan(kind: "long_suspension", duration_days: "365", review_days: "180", now:)
    expect(plan.measure).to eq(:suspend)
    expect(plan.ends_at).to eq_time(now + 365 * 86_400)
    expect(plan.review_at).to eq_time(now + 180 * 86_400)
  end

  it "gives a message no end, only its review date" do
    plan =
      described_class.plan(kind: "private_correction", duration_days: 30, review_days: 90, now:)
    expect(plan.measure).to eq(:message)
    expect(plan.ends_at).to be_nil
    expect(plan.review_at).to eq_time(now + 90 * 86_400)
  end

  it "gives coaching its period as an end, and no Discourse penalty" do
    expect(errors("coaching")).to eq([:duration_missing])
    expect(errors("coaching", duration: 400)).to eq([:duration_too_long])
    plan = described_class.plan(kind: "coaching", duration_days: 28, review_days: nil, now:)
    expect(plan.measure).to eq(:coaching)
    expect(plan.ends_at).to eq_time(now + 28 * 86_400)
    expect(plan.review_at).to be_nil
  end

  it "gives No action nothing to end" do
    plan = described_class.plan(kind: "no_action", duration_days: nil, review_days: nil, now:)
    expect(plan.to_h).to eq(kind: "no_action", measure: :none, ends_at: nil, review_at: nil)
  end
end
