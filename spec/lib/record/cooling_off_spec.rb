# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/cooling_off"

RSpec.describe DiscourseMediation::Rules::Record::CoolingOff do
  let(:closed_at) { Time.utc(2026, 10, 1, 9, 30) }

  it "archives whole days after closing" do
    expect(described_class.archive_at(closed_at:, days: 30)).to eq(Time.utc(2026, 10, 31, 9, 30))
  end

  it "is due from that moment on, and not a second before" do
    at = described_class.archive_at(closed_at:, days: 30)
    expect(described_class.due?(closed_at:, now: at - 1, days: 30)).to eq(false)
    expect(described_class.due?(closed_at:, now: at, days: 30)).to eq(true)
    expect(described_class.due?(closed_at:, now: at + 86_400 * 100, days: 30)).to eq(true)
  end

  it "is never due for a case that has not closed" do
    expect(described_class.due?(closed_at: nil, now: Time.utc(2030), days: 0)).to eq(false)
  end

  it "gives a cutoff that catches up every case closed before it" do
    now = Time.utc(2026, 12, 1)
    cutoff = described_class.cutoff(now:, days: 30)
    expect(cutoff).to eq(Time.utc(2026, 11, 1))
    expect(described_class.due?(closed_at: cutoff, now:, days: 30)).to eq(true)
    expect(described_class.due?(closed_at: cutoff + 1, now:, days: 30)).to eq(false)
  end

  it "counts 24-hour days across a change of daylight saving time" do
    expect(described_class.archive_at(closed_at: Time.utc(2026, 10, 20, 12), days: 10)).to eq(
      Time.utc(2026, 10, 30, 12),
    )
  end
end
