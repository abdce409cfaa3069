# frozen_string_literal: true

require_relative "../../lib/discourse_mediation/lifecycle"

RSpec.describe DiscourseMediation::Lifecycle do
  let(:lifecycle) { described_class }

  # Every allowed move: [state before, event, a role that may take it, state after]
  allowed = [
    [:requested, :claim, :mediator, :mediating],
    [:requested, :claim, :moderator, :mediating],
    [:requested, :withdraw, :requester, :withdrawn],
    [:mediating, :withdraw, :requester, :withdrawn],
    [:mediating, :resolve, :mediator, :resolved],
    [:mediating, :resolve, :moderator, :resolved],
    [:mediating, :escalate, :mediator, :report_draft],
    [:mediating, :escalate, :moderator, :report_draft],
    [:report_draft, :submit_report, :mediator, :awaiting_statements],
    [:report_draft, :submit_report, :moderator, :awaiting_statements],
    [:awaiting_statements, :open_vote, :system, :voting],
    [:awaiting_statements, :open_vote, :subject, :voting],
    [:voting, :close_ballot, :system, :decided],
    [:decided, :implement, :moderator, :closed],
    [:closed, :archive, :system, :archived],
    [:closed, :archive, :moderator, :archived],
  ]

  describe ".transition" do
    allowed.each do |from, event, role, to|
      it "lets a #{role} #{event} a case that is #{from}, which becomes #{to}" do
        expect(lifecycle.transition(from:, event:, roles: [role])).to eq(to)
      end
    end

    roles = %i[member requester subject mediator moderator system]

    # Every other (state, event, role) combination is refused, with the reason.
    described_class::STATES.each do |from|
      described_class::EVENTS.each do |event|
        roles.each do |role|
          next if allowed.any? { |a| a[0] == from && a[1] == event && a[2] == role }

          expected_reason =
            if described_class::TRANSITIONS[event].from.include?(from)
              :not_permitted
            else
              :wrong_state
            end

          it "refuses a #{role} who tries to #{event} a case that is #{from} (#{expected_reason})" do
            expect { lifecycle.transition(from:, event:, roles: [role]) }.to raise_error(
              described_class::RefusedTransition,
            ) { |error| expect(error.reason).to eq(expected_reason) }
          end
        end
      end
    end

    it "accepts state and event names as strings, as they come from the database" do
      expect(lifecycle.transition(from: "requested", event: "claim", roles: ["mediator"])).to eq(
        :mediating,
      )
    end

    it "allows the move when any one of several roles may take it" do
      expect(lifecycle.transition(from: :requested, event: :claim, roles: %i[requester mediator])).to eq(
        :mediating,
      )
    end

    it "refuses an event it does not know" do
      expect { lifecycle.transition(from: :requested, event: :delete, roles: [:moderator]) }.to raise_error(
        described_class::RefusedTransition,
      ) { |error| expect(error.reason).to eq(:unknown_event) }
    end

    it "refuses a state it does not know" do
      expect { lifecycle.transition(from: :lost, event: :claim, roles: [:mediator]) }.to raise_error(
        described_class::RefusedTransition,
      ) { |error| expect(error.reason).to eq(:unknown_state) }
    end

    it "refuses when no role is given" do
      expect(lifecycle.allowed?(from: :requested, event: :claim, roles: [])).to eq(false)
    end
  end

  describe ".available_events" do
    it "offers a mediator claiming on a new case" do
      expect(lifecycle.available_events(state: :requested, roles: [:mediator])).to eq([:claim])
    end

    it "offers a mediator resolving or escalating while mediating" do
      expect(lifecycle.available_events(state: :mediating, roles: [:mediator])).to eq(
        %i[resolve escalate],
      )
    end

    it "offers a requester only withdrawing, and only before escalation" do
      expect(lifecycle.available_events(state: :mediating, roles: [:requester])).to eq([:withdraw])
      expect(lifecycle.available_events(state: :report_draft, roles: [:requester])).to eq([])
    end

    it "offers nothing on an archived case" do
      expect(lifecycle.available_events(state: :archived, roles: %i[moderator system])).to eq([])
    end
  end

  describe ".open?" do
    it "counts every state from the request to the decision as open" do
      expect(described_class::STATES.select { |s| lifecycle.open?(s) }).to eq(
        %i[requested mediating report_draft awaiting_statements voting decided],
      )
    end
  end

  describe ".requester_status" do
    {
      requested: :waiting,
      mediating: :mediating,
      resolved: :resolved,
      withdrawn: :withdrawn,
      report_draft: :in_review,
      awaiting_statements: :in_review,
      voting: :in_review,
      decided: :in_review,
      closed: :concluded,
      archived: :concluded,
    }.each do |state, status|
      it "tells a requester '#{status}' while the case is #{state}" do
        expect(lifecycle.requester_status(state)).to eq(status)
      end
    end

    it "has a status for every state" do
      expect(described_class::REQUESTER_STATUS.keys).to match_array(described_class::STATES)
    end
  end
end
