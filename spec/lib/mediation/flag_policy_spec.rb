# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/mediation/flag_policy"

RSpec.describe DiscourseMediation::Rules::Mediation::FlagPolicy do
  describe ".refuses?" do
    %i[off_topic inappropriate notify_moderators].each do |flag|
      it "refuses the conduct flag #{flag}" do
        expect(described_class.refuses?(flag)).to eq(true)
      end
    end

    it "refuses flags that admins added, which count towards auto-hide too" do
      expect(described_class.refuses?(:custom_rude)).to eq(true)
    end

    %i[spam illegal notify_user].each do |flag|
      it "keeps #{flag}, which core handles without crowd hiding" do
        expect(described_class.refuses?(flag)).to eq(false)
      end
    end

    %i[like bookmark].each do |action|
      it "leaves #{action} alone, which is not a flag" do
        expect(described_class.refuses?(action)).to eq(false)
      end
    end

    it "accepts action keys as strings" do
      expect(described_class.refuses?("spam")).to eq(false)
      expect(described_class.refuses?("inappropriate")).to eq(true)
    end
  end
end
