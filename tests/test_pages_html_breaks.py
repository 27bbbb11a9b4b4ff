"""A line ending in an HTML line break (``<br>``) on a page a capture left HTML on
(``card_marks.html_page``) goes on in the line under it: the capture broke its paragraph
there, as markdown's ``\\`` hard break does, and no title starts under it. The excerpt is
``novel`` 113's page p000253 (``html+label``), lines 18-108, where main cut the second card's
abstract at ``NeRV-style method, with a speed increase of over 3 times. Also, it remarks an
average of<br>`` (a line the page's width filled, over one that opens as a title may) and
read that line as a card's title: an extra record, and a damaged abstract."""

from __future__ import annotations

from .page_excerpts import card_pairs, parse_page

PAGE = """\
by AK and the research community

Daily
Weekly
Monthly

	
Aug 8

Honey, I Shrunk the Language Model: Impact of Knowledge Distillation Methods on Performance and Explainability

Abstract. Artificial Intelligence (AI) has increasingly influenced modern society, recently in particular<br>
through significant advancements in Large Language Models (LLMs). However, high computational and<br>
storage&nbsp;demands of LLMs still limit their deployment in resource-constrained environments. Knowledge<br>
distillation addresses this challenge by training a small student model from a larger teacher model.<br>
Previous research has introduced several distillation methods for both generating training data and<br>
for training the student model. Despite their relevance, the effects of state-of-the-art<br>
distillation methods on model performance and explainability have not been thoroughly investigated<br>
and compared. In this work, we enlarge the&nbsp;set of available methods by applying critique-revision<br>
prompting to distillation for data generation and by synthesizing existing methods for training. For<br>
these methods, we provide a systematic comparison based on the widely used Commonsense<br>
Question-Answering (CQA) dataset. While we measure performance via student&nbsp;model accuracy, we employ<br>
a human-grounded study to evaluate explainability. We contribute new distillation methods and their<br>
comparison in terms of&nbsp;both performance and explainability. This should further advance the<br>
distillation of small language models and, thus, contribute to broader applicability and faster<br>
diffusion of&nbsp;LLM technology.

	
Efficient Neural Video Representation with Temporally Coherent Modulation

Abstract. Implicit neural representations (INR) has found successful applications across diverse domains. To<br>
employ INR in real-life, it is important to speed up training. In the field of INR for video<br>
applications, the&nbsp;state-of-the-art approach employs grid-type parametric encoding and successfully<br>
achieves a faster encoding speed in comparison to its predecessors. However, the grid usage, which<br>
does not consider the video's dynamic nature, leads to redundant use of trainable parameters. As a<br>
result, it has significantly lower parameter efficiency and higher bitrate compared to NeRV-style<br>
methods that do not use a parametric encoding. To address the problem, we propose Neural Video<br>
representation with&nbsp;Temporally coherent Modulation (NVTM), a novel framework that can capture<br>
dynamic characteristics of video. By decomposing the spatio-temporal 3D&nbsp;video data into a set of 2D<br>
grids with flow information, NVTM enables learning video representation rapidly and uses parameter<br>
efficiently. Our framework enables to process temporally corresponding pixels at once, resulting in<br>
the fastest encoding speed for a reasonable video quality, especially when compared to the<br>
NeRV-style method, with a speed increase of over 3 times. Also, it remarks an average of<br>
1.54dB/0.019 improvements in PSNR/LPIPS on UVG (Dynamic) (even with 10% fewer parameters) and an<br>
average of 1.84dB/0.013 improvements in PSNR/LPIPS on MCL-JCV (Dynamic), compared to previous<br>
grid-type works. By expanding this to compression tasks, we demonstrate comparable performance to<br>
video compression standards (H.264, HEVC) and recent INR approaches for&nbsp;video compression.<br>
Additionally, we perform extensive experiments demonstrating the superior performance of our<br>
algorithm across diverse tasks, encompassing super resolution, frame interpolation and video<br>
inpainting. Project page is https://sujiikim.github.io/NVTM/.

 
End-to-end Cortical Surface Reconstruction from Clinical Magnetic Resonance Images.

Abstract. Surface-based cortical analysis is valuable for a variety of neuroimaging tasks, such as spatial<br>
normalization, parcellation, and gray matter (GM) thickness estimation. However, most tools for<br>
estimating cortical surfaces work exclusively on scans with at least 1 mm isotropic resolution and<br>
are tuned to a specific magnetic resonance (MR) contrast, often T1-weighted (T1w). This precludes<br>
application using most clinical MR scans, which are very heterogeneous in terms of contrast and<br>
resolution. Here, we use synthetic domain-randomized data to train the first neural network for<br>
explicit estimation of cortical surfaces from scans of any contrast&nbsp;and resolution, without<br>
retraining. Our method deforms a template mesh to the white matter (WM) surface, which guarantees<br>
topological&nbsp;correctness. This mesh is further deformed to estimate the GM surface. We compare our<br>
method to recon-all-clinical (RAC), an implicit surface reconstruction method which is currently the<br>
only&nbsp;other tool capable of processing heterogeneous clinical MR scans, on ADNI and a large clinical<br>
dataset (n=1,332). We show a approximately 50 % reduction in cortical thickness error (from 0.50 to<br>
0.24 mm) with respect to RAC and better recovery of&nbsp;the aging-related cortical thinning patterns<br>
detected by FreeSurfer on high-resolution T1w scans. Our method enables fast and accurate&nbsp;surface<br>
reconstruction of clinical scans, allowing studies (1) with sample sizes far beyond what is feasible<br>
in a research setting, and (2) of clinical populations that are difficult to enroll in research<br>
studies. The code is publicly available at https://github.com/simnibs/brainnet.

[RET] Surgery-R1: Advancing Surgical-VQLA with Reasoning Multimodal Large Language Model via Reinforcement Learning


Abstract. In recent years, significant progress has been made in the field of surgical scene understanding,<br>
particularly in the task of&nbsp;Visual Question Localized-Answering in robotic surgery (Surgical-VQLA).<br>
However, existing Surgical-VQLA models lack deep reasoning capabilities and interpretability in<br>
surgical scenes, which limits their reliability and potential for development in clinical<br>
applications. To address this issue, inspired by the development of Reasoning Multimodal Large<br>
Language Models (MLLMs), we first build the Surgery-R1-54k dataset, including paired data for<br>
Visual-QA, Grounding-QA, and Chain-of-Thought (CoT). Then, we propose the first Reasoning MLLM for<br>
Surgical-VQLA (Surgery-R1). In our Surgery-R1, we design a two-stage fine-tuning mechanism to enable<br>
the basic MLLM with complex reasoning abilities by utilizing supervised fine-tuning (SFT) and<br>
reinforcement fine-tuning (RFT). Furthermore, for an efficient and high-quality rule-based reward<br>
system&nbsp;in our RFT, we design a Multimodal Coherence reward mechanism to mitigate positional<br>
illusions that may arise in surgical scenarios. Experiment results demonstrate that Surgery-R1<br>
outperforms other existing state-of-the-art (SOTA) models in the Surgical-VQLA task and widely-used<br>
MLLMs, while also validating its reasoning capabilities and the effectiveness of our approach. The<br>
code and dataset will be organized in https://github.com/FiFi-HAO467/Surgery-R1.

"""


def test_a_line_broken_with_br_goes_on_under_it() -> None:
    records, log = parse_page(PAGE.split("\n"))
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [
        "Honey, I Shrunk the Language Model: Impact of Knowledge Distillation Methods on "
        "Performance and Explainability",
        "Efficient Neural Video Representation with Temporally Coherent Modulation",
        "End-to-end Cortical Surface Reconstruction from Clinical Magnetic Resonance Images.",
        "[RET] Surgery-R1: Advancing Surgical-VQLA with Reasoning Multimodal Large Language Model "
        "via Reinforcement Learning",
    ]
    abstract = pairs[1][1]
    assert abstract.startswith("Implicit neural representations (INR) has found successful")
    assert "NeRV-style method, with a speed increase of over 3 times." in abstract
    assert abstract.endswith("Project page is https://sujiikim.github.io/NVTM/.")
    assert "<br>" not in abstract and "&nbsp;" not in abstract
