# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/forgiveness"

RSpec.describe DiscourseMediation::Rules::Record::Forgiveness do
  let(:now) { Time.utc(2026, 11, 23, 15, 0, 0) }

  it "remembers a case that ended within the period" do
    expect(described_class.remembered?(ended_at: Time.utc(2026, 1, 1), now:, months: 12)).to eq(
      true,
    )
  end

  it "forgets a case that ended before the period" do
    expect(described_class.remembered?(ended_at: Time.utc(2025, 11, 1), now:, months: 12)).to eq(
      false,
    )
  end

  it "forgets a case that ended exactly when the period began" do
    expect(
      described_class.remembered?(ended_at: Time.utc(2025, 11, 23, 15), now:, months: 12),
    ).to eq(false)
  end

  it "remembers a case that ended a second after the period began" do
    expect(
      described_class.remembered?(ended_at: Time.utc(2025, 11, 23, 15, 0, 1), now:, months: 12),
    ).to eq(true)
  end

  it "always remembers a case that has not ended" do
    expect(described_class.remembered?(ended_at: nil, now:, months: 1)).to eq(true)
  end

  it "forgets everything that ended with a period of zero months" do
    expect(described_class.remembered?(ended_at: now - 60, now:, months: 0)).to eq(false)
  end

  describe ".cutoff" do
    it "counts calendar months across a year" do
      expect(described_class.cutoff(now: Time.utc(2026, 2, 10), months: 3)).to eq(
        Time.utc(2025, 11, 10),
      )
    end

    it "clamps to the end of a shorter month" do
      expect(described_class.cutoff(now: Time.utc(2026, 3, 31), months: 1)).to eq(
        Time.utc(2026, 2, 28),
      )
      expect(described_class.cutoff(now: Time.utc(2024, 3, 31), months: 1)).to eq(
        Time.utc(2024, 2, 29),
      )
    end

    it "keeps the time zone of the moment it counts from" do
      local = Time.new(2026, 6, 15, 9, 30, 0, "+02:00")
      expect(described_class.cutoff(now: local, months: 12)).to eq(
        Time.new(2025, 6, 15, 9, 30, 0, "+02:00"),
      )
    end
  end
end
