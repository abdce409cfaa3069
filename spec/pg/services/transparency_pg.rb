# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe DiscourseMediation::Transparency::Publish do
  subject(:result) { described_class.call(params: { period: "year" }, guardian: by.guardian) }

  before { configure_mediation }

  let(:category) { Fabricate(:category) }
  let(:by) { moderator }

  context "when a member tries" do
    let(:by) { member }

    it { is_expected.to fail_a_policy(:is_staff) }
    it("posts nothing") { expect { result }.not_to change { Post.count } }
  end

  context "when no transparency category is set" do
    it { is_expected.to fail_to_find_a_model(:category) }
  end

  context "when everything's ok" do
    before { SiteSetting.mediation_transparency_category = category.id }

    it { is_expected.to run_successfully }

    it "posts the period's figures as a topic in that category, by the moderator" do
      post = result.post
      expect(post.topic).to have_attributes(category_id: category.id, user_id: moderator.id)
      expect(post.raw).to eq(DiscourseMediation::TransparencyPost.raw(result.report))
    end
  end
end

RSpec.describe DiscourseMediation::TransparencyQuery, "#rows" do
  before { configure_mediation }

  it "counts the cases opened in each period about discussions and about private messages, hiding small counts" do
    3.times { ask_for_help(on: Fabricate(:post, user: author)) }
    conversation = Fabricate(:private_message_topic, user: author, recipient: member)
    ask_for_help(
      on: Fabricate(:post, topic: conversation, user: author),
      share_private_message: true,
    )
    DiscourseMediation::TransparencyRollup.refresh!

    row = described_class.new(period: :month).rows.sole
    expect(row[:cases_by_place]).to eq(
      "forum" => 3,
      "private_message" => DiscourseMediation::Rules::Record::Transparency::FEWER,
      "elsewhere" => 0,
    )
    raw = DiscourseMediation::TransparencyPost.raw(described_class.new(period: :month))
    expect(raw).to include(
      I18n.t("discourse_mediation.transparency.columns.cases_by_place.private_message"),
      "| 3 | #{I18n.t("discourse_mediation.transparency.fewer_than_3")} |",
    )
  end
end
