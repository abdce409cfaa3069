# frozen_string_literal: true

module DiscourseMediation
  # The secret ballot: what a voter sees, casting a vote, and checking a receipt.
  class BallotsController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          ballot = find_ballot
          render json: { ballot: BallotView.for(ballot, current_user) }
        end
      end
    end

    def vote
      run_ballot_service(Ballot::Cast) do
        on_success do |ballot:, receipt:|
          render json: { ballot: BallotView.for(ballot.reload, current_user), receipt: }
        end
        instance_exec(&OPEN_BALLOT_REFUSALS)
        on_failed_policy(:an_option) do
          render_json_error(I18n.t("discourse_mediation.errors.not_an_option"), status: 422)
        end
        on_failed_step(:mark_voted) do
          render_json_error(I18n.t("discourse_mediation.errors.already_voted"), status: 409)
        end
      end
    end

    def step_aside
      run_ballot_service(Ballot::StepAside) do
        on_success do |ballot:|
          render json: { ballot: BallotView.for(ballot.reload, current_user) }
        end
        instance_exec(&OPEN_BALLOT_REFUSALS)
        on_failed_step(:step_aside) { |step| render_json_error(step.error, status: 409) }
      end
    end

    # A voter's question to the mediators, instead of a reply in the report
    # topic (closed to replies). The answer is the ballot as they now see it.
    def ask_question
      run_ballot_service(Ballot::AskQuestion) do
        on_success do |ballot:|
          render json: { ballot: BallotView.for(ballot.reload, current_user) }
        end
        instance_exec(&OPEN_BALLOT_REFUSALS)
        on_failed_policy(:first_ballot) do
          render_json_error(
            I18n.t("discourse_mediation.errors.questions_first_ballot_only"),
            status: 422,
          )
        end
        on_failed_policy(:not_asked_yet) do
          render_json_error(
            I18n.t("discourse_mediation.errors.question_already_asked"),
            status: 409,
          )
        end
      end
    end

    # After closing, a voter checks that their receipt is among the counted
    # papers. The answer says "counted", never what was chosen.
    def verify
      run_ballot_service(Ballot::CheckReceipt) do
        on_success { |counted:| render json: { counted: } }
        on_failed_policy(:ballot_closed) do
          render_json_error(I18n.t("discourse_mediation.errors.verify_after_close"), status: 409)
        end
      end
    end

    # What voting and stepping aside answer alike: closed (before, or while
    # the action waited for the count to finish), or not on the roll.
    OPEN_BALLOT_REFUSALS =
      proc do
        on_failed_policy(:ballot_open) do
          render_json_error(I18n.t("discourse_mediation.errors.ballot_closed"), status: 409)
        end
        on_failed_policy(:still_open) do
          render_json_error(I18n.t("discourse_mediation.errors.ballot_closed"), status: 409)
        end
        on_failed_policy(:on_the_roll) { |policy| render_json_error(policy.reason, status: 403) }
      end

    private

    # The outcomes both ballot actions share; a ballot someone may not see is
    # not found, as one that does not exist.
    def run_ballot_service(service, &own_handlers)
      service.call(service_params) do
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_model_not_found(:ballot) { raise Discourse::NotFound }
        on_failed_policy(:may_see_ballot) { raise Discourse::NotFound }
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
        instance_exec(&own_handlers)
      end
    end

    def find_ballot
      ballot =
        Ballot.includes(:topic, mediation_case: %i[people help_requests events]).find_by(
          id: params[:ballot_id],
        )
      # Not found, whether it does not exist or is not theirs to see.
      raise Discourse::NotFound if ballot.blank? || !guardian.can_see_mediation_ballot?(ballot)
      ballot
    end
  end
end
