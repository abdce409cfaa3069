# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/ballot/recusal"

RSpec.describe DiscourseMediation::Rules::Ballot::Recusal do
  let(:roles) { { subject_ids: [1], requester_ids: [2, 3], mediator_ids: [4] } }

  it "recuses the person concerned, the requesters and the mediators, saying why" do
    expect(described_class.reason(user_id: 1, **roles)).to eq(:subject)
    expect(described_class.reason(user_id: 3, **roles)).to eq(:requester)
    expect(described_class.reason(user_id: 4, **roles)).to eq(:mediator)
    expect(described_class.reason(user_id: 5, **roles)).to be_nil
  end

  it "names the first reason when someone has several" do
    expect(
      described_class.reason(user_id: 4, subject_ids: [], requester_ids: [4], mediator_ids: [4]),
    ).to eq(:requester)
  end

  it "keeps the voters who are not recused, once each" do
    expect(described_class.eligible(voter_ids: [1, 2, 5, 6, 6, 4], **roles)).to eq([5, 6])
  end

  describe "who else acted on the case" do
    it "keeps them off the roll, with their own reason" do
      expect(
        described_class.reason(
          user_id: 9,
          subject_ids: [],
          requester_ids: [],
          mediator_ids: [],
          acted_ids: [9],
        ),
      ).to eq(:acted)
      expect(
        described_class.eligible(
          voter_ids: [8, 9],
          subject_ids: [],
          requester_ids: [],
          mediator_ids: [],
          acted_ids: [9],
        ),
      ).to eq([8])
    end
  end

  describe "how many voters the person concerned may ask to step aside" do
    { 0 => 1, 1 => 1, 3 => 1, 5 => 1, 6 => 2, 9 => 3, 30 => 10 }.each do |roll, cap|
      it "is #{cap} of a roll of #{roll}" do
        expect(described_class.request_cap(roll)).to eq(cap)
      end
    end
  end
end
