# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/ballot/receipt"

RSpec.describe DiscourseMediation::Rules::Ballot::Receipt do
  it "makes a readable code of four groups, without look-alike characters" do
    code = described_class.generate
    expect(code).to match(/\A[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}\z/)
  end

  it "does not repeat itself" do
    codes = Array.new(1000) { described_class.generate }
    expect(codes.uniq.size).to eq(1000)
  end

  it "matches the code however it is typed back" do
    code = "K7QP-3XMA-9TRD-WE4H"
    expect(described_class.digest(" k7qp 3xma 9trd we4h ")).to eq(described_class.digest(code))
    expect(described_class.digest("K7QP3XMA9TRDWE4H")).to eq(described_class.digest(code))
  end

  it "stores a digest that does not contain the code" do
    code = described_class.generate
    expect(described_class.digest(code)).to match(/\A\h{64}\z/)
    expect(described_class.digest(code)).not_to include(described_class.normalize(code))
  end
end
