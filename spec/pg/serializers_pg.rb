# frozen_string_literal: true

require_relative "pg_helper"

# The rows of the two lists: what a mediator reads in the queue, and what a
# member reads on "My help requests". Rendered as the controllers render them.
RSpec.describe "the queue and a member's requests, as JSON" do
  before { configure_mediation }

  def only(list)
    expect(list.size).to eq(1)
    list.first
  end

  def as_rendered(records, serializer, **options)
    ActiveModel::ArraySerializer.new(
      records.to_a,
      each_serializer: serializer,
      root: false,
      **options,
    ).as_json
  end

  describe DiscourseMediation::CaseQueueItemSerializer do
    let!(:mediation_case) do
      ask_for_help(by: member, kind: "unsafe")
      ask_for_help(by: Fabricate(:member), consent_to_be_named: true)
    end

    def queue_rows_for(user, filter: "unassigned")
      queue = DiscourseMediation::QueueQuery.new(user:, filter:, page: 0)
      roles =
        DiscourseMediation::Rules::Case::CaseRoles.for(
          user_id: user.id,
          staff: user.staff?,
          mediator: true,
          case_mediator_id: nil,
        )
      as_rendered(queue.page_cases, described_class, scope: user.guardian, queue_roles: roles)
    end

    it "shows a mediator the topic, an excerpt, the kinds and how many asked, and lets them claim" do
      row = only(queue_rows_for(mediator))
      expect(row).to include(
        id: mediation_case.id,
        topic_title: topic.title,
        post_excerpt: post.raw,
        conduct_place: "forum",
        urgent: true,
        requests_count: 2,
        can_claim: true,
        mediator: nil,
      )
      expect(row[:kinds]).to contain_exactly("unsafe", "deescalate")
      expect(row[:post_url]).to end_with("/#{topic.id}/#{post.post_number}")
    end

    it "never names who asked, not even one who agreed to be named" do
      json = queue_rows_for(mediator).to_json
      expect(json).not_to include(%("#{member.username}"))
      expect(json).not_to match(/"user(_id|name)?"/)
    end

    it "shows, while a request for more time waits, the day it should be decided by" do
      requested_at = 3.hours.ago
      mediation_case.update_columns(
        state: "awaiting_statements",
        extension_requested_at: requested_at,
        extension_reason: "I am travelling this week.",
      )
      row = only(queue_rows_for(mediator, filter: "open"))
      expect(row[:extension_decision_due_at]).to eq_time(requested_at + 1.day)
      expect(row[:overdue]).to eq(false)

      travel(2.days) do
        expect(only(queue_rows_for(mediator, filter: "open"))[:overdue]).to eq(true)
      end

      mediation_case.update_columns(extension_decision: "granted")
      expect(only(queue_rows_for(mediator, filter: "open"))[:extension_decision_due_at]).to be_nil
    end
  end

  describe DiscourseMediation::MyHelpRequestSerializer do
    let!(:mediation_case) { ask_for_help(by: member) }

    def my_requests(user = member)
      as_rendered(
        DiscourseMediation::HelpRequest.by(user).order(:created_at),
        described_class,
        scope: user.guardian,
      )
    end

    it "shows a waiting request that can still be withdrawn, and what comes next" do
      request = only(my_requests)
      expect(request).to include(
        kind: "deescalate",
        status: "waiting",
        can_withdraw: true,
        outcome_note: nil,
        topic_title: topic.title,
        conduct_place: "forum",
      )
      expect(request[:next_step]).to eq(mediation_case.next_step.to_h)
    end

    it "shares the mediator's note only when they chose to" do
      claim(mediation_case)
      succeed(
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "They talked it through.",
          },
          guardian: mediator.guardian,
        ),
      )
      expect(only(my_requests)).to include(
        status: "resolved",
        outcome_note: nil,
        can_withdraw: false,
      )

      mediation_case.reload.update!(outcome_note_shareable: true)
      expect(only(my_requests)[:outcome_note]).to eq("They talked it through.")
    end

    it "has nothing more to come once withdrawn" do
      request = DiscourseMediation::HelpRequest.by(member).first
      succeed(
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: request.id,
          },
          guardian: member.guardian,
        ),
      )
      expect(only(my_requests)).to include(
        status: "withdrawn",
        can_withdraw: false,
        next_step: {
          key: :none,
          at: nil,
        },
      )
    end

    it "says so when the topic is gone" do
      topic.destroy!
      expect(only(my_requests)).to include(
        topic_title: I18n.t("discourse_mediation.deleted_topic"),
        post_url: nil,
      )
    end

    it "lists nobody else's requests" do
      expect(my_requests(Fabricate(:member))).to eq([])
    end
  end
end
