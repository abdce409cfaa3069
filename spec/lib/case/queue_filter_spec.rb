# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/lifecycle"
require_relative "../../../lib/discourse_mediation/rules/case/queue_filter"

RSpec.describe DiscourseMediation::Rules::Case::QueueFilter do
  it "offers the seven tabs mediators and moderators work from, in order" do
    expect(described_class::NAMES).to eq(%i[unassigned mine open escalated decided overdue closed])
  end

  it "lists open cases past their target under overdue, oldest first" do
    filter = described_class.fetch(:overdue)
    expect(filter).to have_attributes(
      states: DiscourseMediation::Rules::Case::Lifecycle::OPEN_STATES,
      overdue: true,
      newest_first: false,
    )
  end

  it "holds decided cases waiting to be carried out under decided" do
    expect(described_class.fetch(:decided).states).to eq([:decided])
  end

  it "holds only new cases nobody has taken under unassigned" do
    filter = described_class.fetch(:unassigned)
    expect(filter.states).to eq([:requested])
    expect(filter.assignee).to eq(:nobody)
  end

  it "holds my open cases under mine" do
    filter = described_class.fetch("mine")
    expect(filter.states).to eq(DiscourseMediation::Rules::Case::Lifecycle::OPEN_STATES)
    expect(filter.assignee).to eq(:me)
  end

  it "holds the cases on their way to a decision under escalated" do
    expect(described_class.fetch(:escalated).states).to eq(
      %i[report_draft awaiting_statements voting decided],
    )
  end

  it "holds ended cases under closed, newest first" do
    filter = described_class.fetch(:closed)
    expect(filter.states).to eq(%i[resolved withdrawn closed archived])
    expect(filter.newest_first).to eq(true)
  end

  it "puts every state under exactly one of open or closed" do
    open = described_class.fetch(:open).states
    closed = described_class.fetch(:closed).states
    expect((open + closed).sort).to eq(DiscourseMediation::Rules::Case::Lifecycle::STATES.sort)
    expect(open & closed).to be_empty
  end

  it "falls back to unassigned for a tab it does not know" do
    expect(described_class.named("everything")).to eq(:unassigned)
    expect(described_class.named(nil)).to eq(:unassigned)
  end

  describe ".page" do
    {
      "0" => 0,
      "3" => 3,
      nil => 0,
      "" => 0,
      "-2" => 0,
      "two" => 0,
      "1e9" => 0,
      "999999" => 1000,
    }.each do |given, page|
      it "reads #{given.inspect} as page #{page}" do
        expect(described_class.page(given)).to eq(page)
      end
    end

    it "turns a page into an offset of whole pages" do
      expect(described_class.offset(2)).to eq(2 * described_class::PAGE_SIZE)
    end
  end
end
