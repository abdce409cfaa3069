# frozen_string_literal: true

module DiscourseMediation
  # Aggregate figures for moderators and voters; moderators can publish them.
  class TransparencyController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in
    before_action :ensure_can_read, unless: -> { request.format.html? }
    before_action :ensure_staff, only: %i[publish]

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json { render json: page(TransparencyQuery.new(period: params[:period])) }
      end
    end

    def publish
      category = Category.find_by(id: SiteSetting.mediation_transparency_category)
      if category.blank?
        return render_json_error(I18n.t("discourse_mediation.errors.no_transparency_category"), status: 422)
      end

      report = TransparencyQuery.new(period: params[:period])
      post =
        PostCreator.create!(
          current_user,
          title: TransparencyPost.title(report),
          raw: TransparencyPost.raw(report),
          category: category.id,
          skip_validations: true,
        )
      render json: page(report).merge(published_url: post.url)
    end

    private

    def ensure_can_read
      raise Discourse::InvalidAccess if !guardian.can_see_mediation_transparency?
    end

    # `TransparencyPage` in lib/types/.
    def page(report)
      category = Category.find_by(id: SiteSetting.mediation_transparency_category)
      {
        period: report.period,
        outcomes: report.outcome_titles.map { |key, title| { key:, title: } },
        rows: report.rows,
        can_publish: guardian.is_staff? && category.present?,
        publish_category: category&.name,
      }
    end
  end
end
