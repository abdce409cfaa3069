# frozen_string_literal: true

require_relative "../pg_helper"

# "I need help" on a private message: only its recipients may ask, only with
# their consent to let the mediators read that one message, and its other
# party never learns who asked. Mediation happens in a private conversation.
RSpec.describe "asking for help with a private message" do
  before { configure_mediation }

  let(:conversation) { Fabricate(:private_message_topic, user: author, recipient: member) }
  let(:message) do
    Fabricate(:post, topic: conversation, user: author, raw: "You will regret asking that.")
  end

  def ask(by: member, share: true, on: message, **params)
    DiscourseMediation::HelpRequest::Create.call(
      params: {
        post_id: on.id,
        kind: "unsafe",
        share_private_message: share,
        **params,
      },
      guardian: by.guardian,
    )
  end

  it "offers the button to the recipient, never to its author" do
    expect(member.guardian.can_request_mediation_on?(message)).to eq(true)
    expect(author.guardian.can_request_mediation_on?(message)).to eq(false)
  end

  it "never offers it to staff who may read the conversation but are not in it" do
    expect(admin.guardian.can_request_mediation_on?(message)).to eq(false)
    expect(moderator.guardian.can_request_mediation_on?(message)).to eq(false)
    expect(ask(by: admin)).to fail_a_policy(:can_request_help)
  end

  it "offers it to a member of a group the message was sent to" do
    group = Fabricate(:group)
    GroupUser.create!(group:, user: other_mediator)
    TopicAllowedGroup.create!(topic: conversation, group:)
    expect(other_mediator.guardian.can_request_mediation_on?(message)).to eq(true)
  end

  it "never offers it on a message from the system" do
    notice = Fabricate(:post, topic: conversation, user: Discourse.system_user)
    expect(member.guardian.can_request_mediation_on?(notice)).to eq(false)
  end

  it "refuses without the member's consent to share the message, says why, and sends nothing" do
    result = nil
    expect { result = ask(share: false) }.not_to change { DiscourseMediation::MediationCase.count }
    expect(result).to fail_a_policy(:shares_private_message)
    expect(result["result.policy.shares_private_message"].reason).to eq(
      I18n.t("discourse_mediation.errors.private_message_consent"),
    )
    expect(DiscourseMediation::HelpRequest.count).to eq(0)
    expect(Jobs.enqueued).to be_empty
  end

  it "answers as if there were no post for someone outside the conversation" do
    expect(ask(by: Fabricate(:member))).to fail_to_find_a_model(:post)
    expect(ask(by: mediator)).to fail_to_find_a_model(:post)
  end

  context "with the member's consent" do
    let!(:mediation_case) { ask.mediation_case }

    # The case page as the case's mediator reads it.
    def case_page
      DiscourseMediation::CaseSerializer.new(
        mediation_case.reload,
        scope: mediator.guardian,
        root: false,
        disclosure:
          DiscourseMediation::CaseDisclosure.new(
            mediation_case,
            mediator.guardian.mediation_roles_on(mediation_case),
          ),
        history: [],
        mediators: [],
      ).as_json
    end

    it "opens a case about the message's author, marked as a private message, with the consent kept" do
      expect(mediation_case).to have_attributes(
        conduct_place: "private_message",
        subject_id: author.id,
        post_id: message.id,
      )
      expect(mediation_case.help_requests.sole.shares_message).to eq(true)
    end

    it "shows mediators the message and only it: no title, no link into the conversation" do
      claim(mediation_case)
      page = case_page
      label = I18n.t("discourse_mediation.private_message_title")
      expect(page[:conduct_place]).to eq("private_message")
      expect(page[:topic]).to include(title: label, url: nil)
      expect(page[:post]).to include(url: nil, cooked: message.cooked)
      expect(page.to_json).not_to include(conversation.title)
      expect(page.to_json).not_to include(conversation.slug)

      row =
        DiscourseMediation::QueueQuery.new(user: mediator, filter: :mine, page: 0).page_cases.sole
      queue =
        DiscourseMediation::CaseQueueItemSerializer.new(
          row,
          scope: mediator.guardian,
          root: false,
          queue_roles: [:mediator],
        ).as_json
      expect(queue).to include(topic_title: label, post_url: nil)
      expect(queue.to_json).not_to include(conversation.title)
    end

    it "tells the mediators with a link to the case page, not into the conversation" do
      run_enqueued_jobs
      notice = Topic.find(mediation_case.reload.mediators_topic_id)
      raw = notice.first_post.raw
      expect(raw).to include("/mediation/cases/#{mediation_case.id}")
      expect(raw).not_to include(conversation.relative_url)
      expect(raw).not_to include(conversation.title)
      expect(notice.title).not_to include(conversation.title)
    end

    it "links the message in the plugin's own messages without its slug, which is made from its title" do
      link = DiscourseMediation::Notices::FirstContact.raw(mediation_case)
      expect(link).to include("/t/#{conversation.id}/#{message.post_number}")
      expect(link).not_to include(conversation.slug)
      expect(mediation_case.post_full_url).not_to include(conversation.slug)
      expect(DiscourseMediation::MediationCase.new(post:).post_full_url).to eq(post.full_url)
    end

    it "shows, with a later request, the other message of the conversation it was about" do
      second = Fabricate(:post, topic: conversation, user: author, raw: "And do not write back.")
      third_party = Fabricate(:member)
      TopicAllowedUser.create!(topic: conversation, user: third_party)
      expect(ask(by: third_party, on: second)).to run_successfully
      claim(mediation_case)
      page = case_page
      expect(page[:requesters].map { _1[:shared_message] }).to eq([nil, second.cooked])
    end

    it "puts no banner on the conversation, so its other party learns nothing" do
      claim(mediation_case)
      lookup = DiscourseMediation::TopicMediation.new(conversation)
      expect(lookup.banner(author.guardian)).to be_nil
      expect(lookup.banner(member.guardian)).to be_nil
    end

    it "is mediated in a private conversation, never by slowing or closing the message" do
      claim(mediation_case)
      result =
        DiscourseMediation::Case::CoolDown.call(
          params: {
            case_id: mediation_case.id,
            mode: "slow_mode",
            interval_seconds: 3600,
            hours: 2,
            reason: "Let it rest",
          },
          guardian: mediator.guardian,
        )
      expect(result).to fail_a_policy(:in_public_discussion)
      expect(conversation.reload.slow_mode_seconds.to_i).to eq(0)
    end

    it "quotes the one message for the voters, who cannot open it" do
      add_voters(3)
      ballot = open_vote(mediation_case).ballot
      run_enqueued_jobs
      raw = ballot.reload.topic.first_post.raw
      expect(raw).to include("> You will regret asking that.")
      expect(raw).not_to include(conversation.relative_url)
      expect(ballot.topic.title).not_to include(conversation.title)
      expect(DiscourseMediation::BallotView.case_file(mediation_case.reload)[:title]).to eq(
        I18n.t("discourse_mediation.private_message_title"),
      )
    end
  end
end
